import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../../src/ingest/pipeline.ts';
import { openParseCache, parserVersion } from '../../src/ingest/parse-cache.ts';
import { projectDir } from '../site/helpers.ts';
import { planOfItems } from '../../scripts/lib/bench-corpus.ts';

// Issue 12: a rebuild after one plan changed parses that plan only, and publishes what a run without cache would.
function workspace() {
  const work = mkdtempSync(join(tmpdir(), 'kb-parse-cache-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  return work;
}

function ingest(work: string, cacheVersion: string | null): { result: IngestResult; reused: number; parsed: number } {
  const cache = cacheVersion === null ? undefined : openParseCache(join(work, 'cache'), cacheVersion);
  const result = runIngest({ projectDir, seedsDir: join(work, 'seeds'), outDir: join(work, 'content'), strict: true, cache });
  const { reused, parsed } = cache?.close() ?? { reused: 0, parsed: 0 };
  return { result, reused, parsed };
}

const seeds = readdirSync(join(projectDir, 'seeds')).filter((name) => name.endsWith('.txt'));

// Whole ingests of the seeds, three and four a test: seconds each while the site tests build and browse beside them.
describe('the parse cache', { timeout: 60_000 }, () => {
  it('reuses every unchanged file, parses the changed one, and gives the content of a run without cache', () => {
    const work = workspace();
    expect(ingest(work, 'v1')).toMatchObject({ reused: 0, parsed: seeds.length });
    const again = ingest(work, 'v1');
    expect(again).toMatchObject({ reused: seeds.length, parsed: 0 });
    expect(again.result.content).toStrictEqual(ingest(work, null).result.content);

    const changed = join(work, 'seeds', seeds[0]!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n(\S[^\n]{20,})\n/u, '\n$1 Bổ sung một câu.\n'));
    const afterChange = ingest(work, 'v1');
    expect(afterChange).toMatchObject({ reused: seeds.length - 1, parsed: 1 });
    expect(afterChange.result.content).toStrictEqual(ingest(work, null).result.content);
    expect(afterChange.result.messages).toEqual(ingest(work, null).result.messages);
  });

  it('misses every entry when what parsing reads changes, and keeps only the entries of the last run', () => {
    const work = workspace();
    ingest(work, 'v1');
    const keptByFirst = readdirSync(join(work, 'cache'));
    expect(ingest(work, 'v2')).toMatchObject({ reused: 0, parsed: seeds.length });
    const keptBySecond = readdirSync(join(work, 'cache'));
    expect(keptBySecond.filter((name) => keptByFirst.includes(name))).toEqual([]);
    expect(keptBySecond).toHaveLength(keptByFirst.length);
  });

  it('gives back a document rendered before, split into pages as it was, and renders one whose records changed', () => {
    const work = workspace();
    // Long enough to be split into pages: rendering sets the document's page index, which the cache must give back.
    writeFileSync(join(work, 'seeds', 'ke-hoach-dai.txt'), planOfItems(1_000));
    const first = ingest(work, 'v1').result.content!;
    expect(first.parts.length).toBeGreaterThan(1);
    const again = ingest(work, 'v1').result.content!;
    expect(again).toStrictEqual(first);
    expect(again.documents.find((entry) => entry.facts.pages)?.facts.pages).toHaveLength(first.parts.length);

    const seed = join(work, 'seeds', seeds[0]!);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/\n(\S[^\n]{20,})\n/u, '\n$1 Bổ sung một câu.\n'));
    const changed = ingest(work, 'v1').result.content!;
    expect(changed.documents.some((entry) => entry.mdx.includes('Bổ sung một câu.'))).toBe(true);
    expect(changed).toStrictEqual(ingest(work, null).result.content);
  });

  it('makes a value once per input and version, and forgets the values a run did not ask for', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-recall-')), 'cache');
    let made = 0;
    const make = (value: string) => () => {
      made++;
      return { value, list: [1, 2] };
    };
    const first = openParseCache(dir, 'v1');
    expect(first.recall(() => 'a', make('A'))).toEqual({ value: 'A', list: [1, 2] });
    expect(first.recall(() => 'b', make('B'))).toEqual({ value: 'B', list: [1, 2] });
    first.close();
    const second = openParseCache(dir, 'v1');
    expect(second.recall(() => 'a', make('other'))).toEqual({ value: 'A', list: [1, 2] });
    expect(made).toBe(2);
    second.close();
    // `b` was not asked for by the second run: forgotten, made again; `a` is still kept.
    const third = openParseCache(dir, 'v1');
    expect(third.recall(() => 'b', make('B again'))).toEqual({ value: 'B again', list: [1, 2] });
    expect(third.recall(() => 'a', make('other'))).toEqual({ value: 'A', list: [1, 2] });
    expect(made).toBe(3);
    expect(openParseCache(dir, 'v2').recall(() => 'a', make('A2'))).toEqual({ value: 'A2', list: [1, 2] });
    expect(made).toBe(4);
  });

  it('versions the parser by the content of its files', () => {
    const work = workspace();
    const version = () => parserVersion(work, [join(work, 'seeds')]);
    const before = version();
    expect(version()).toBe(before);
    writeFileSync(join(work, 'seeds', seeds[0]!), 'changed');
    expect(version()).not.toBe(before);
  });
});
