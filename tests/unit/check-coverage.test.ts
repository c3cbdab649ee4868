import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../src/ingest/render/check-coverage.ts';
import { MessageLog } from '../../src/ingest/messages.ts';
import { openParseCache } from '../../src/ingest/parse-cache.ts';
import type { Recall } from '../../src/ingest/model/recall.ts';
import type { PageBlock } from '../../src/ingest/render/render-mdx.ts';
import type { SourceText } from '../../src/ingest/model/source-text.ts';

// Lines cut from seed 001 (Cao Bằng): a heading, a task, and a line the blocks below leave out.
const text = [
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '',
  '1. Đổi mới mạnh mẽ tư duy, nhận thức về phát triển giáo dục và đào tạo.',
  '- Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan.',
].join('\n');
const source: SourceText = { path: 'seeds/001.txt', sha256: '', bytes: text.length, text };
const item = (id: string, label: string, words: string): PageBlock => ({ type: 'item', id, kind: 'task', role: null, level: 2, label, runIn: null, paragraphs: [{ text: words, marks: [] }] });
const heading: PageBlock = { type: 'heading', id: 'ii', level: 1, label: 'II.', text: 'NHIỆM VỤ VÀ GIẢI PHÁP', marks: [] };
const blocks: PageBlock[] = [heading, item('ii-1', '1.', 'Đổi mới mạnh mẽ tư duy, nhận thức về phát triển giáo dục và đào tạo.')];

const missingLines = (log: MessageLog) => log.messages.filter((message) => message.ruleId === 'line').map((message) => [message.severity, message.place.line, message.reason]);

describe('the coverage check', () => {
  it('counts every non-blank line and reports, at its line, one the page leaves out', () => {
    const log = new MessageLog(source.path);
    expect(checkCoverage(source, blocks, log)).toEqual({ lines: 3, covered: 2 });
    expect(missingLines(log)).toEqual([['fatal', 4, 'Unexpected source line missing from the output: `- Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành`']]);

    const whole = new MessageLog(source.path);
    expect(checkCoverage(source, [...blocks, item('ii-1-a', '-', 'Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan.')], whole)).toEqual({ lines: 3, covered: 3 });
    expect(missingLines(whole)).toEqual([]);
  });

  it('recalls what it found for the same source and blocks, and still reports the missing line', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-coverage-')), 'cache');
    let made = 0;
    const counting = (recall: Recall): Recall => (input, make) => recall(input, () => (made++, make()));
    const run = () => {
      const log = new MessageLog(source.path);
      const cache = openParseCache(dir, 'v1');
      const coverage = checkCoverage(source, blocks, log, counting(cache.recall));
      cache.close();
      return { coverage, missing: missingLines(log) };
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(made).toBe(1);
    expect(first.missing).toHaveLength(1);
  });
});
