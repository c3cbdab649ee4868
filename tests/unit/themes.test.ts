import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapThemes } from '../../src/ingest/assemble/map-themes.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { ingestText, referenceData } from '../helpers/ingest-text.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(join(projectDir, 'tests/fixtures', name));

interface Labelled {
  document: string;
  id: string;
  begins: string;
  themes: string[];
}

describe('a theme per task, from its own words', () => {
  it('files a digital-transformation task under Chuyển đổi số though its section is about schools (Bắc Kạn II.5)', () => {
    const { content } = ingestText(fixture('theme-by-words/input.txt'), 'tests/fixtures/theme-by-words/input.txt');
    const tasks = content!.tasks;
    expect(tasks.map((task) => task.text.slice(0, 25))).toEqual(['Tiếp tục phát triển giáo ', 'Tăng cường rà soát, sắp x', 'Đẩy nhanh tiến trình chuy']);
    // Open learning, with digital transformation named in passing: the section's theme stays.
    expect(tasks.map((task) => task.themes)).toEqual([['nha-giao-co-so-vat-chat'], ['nha-giao-co-so-vat-chat'], ['chuyen-doi-so']]);
  });

  it('keeps the section’s theme where the task’s words name no theme, and gives the fallback where nothing does', () => {
    const group = { id: 'ii-5', text: 'Phát triển quy mô trường, lớp học hợp lý' };
    expect(mapThemes('x', group, 'Kế hoạch', referenceData, 'Tổ chức thực hiện theo quy định.')).toEqual({ themes: ['nha-giao-co-so-vat-chat'], by: 'group heading' });
    expect(mapThemes('x', null, 'Kế hoạch', referenceData, 'Tổ chức thực hiện theo quy định.')).toEqual({ themes: ['khac'], by: 'fallback' });
  });

  it('gives a task the themes a reader would, on a hand-checked sample of 60 seed tasks (≥ 90%)', () => {
    const result = runIngest({ projectDir, seedsDir: join(projectDir, 'seeds'), outDir: join(mkdtempSync(join(tmpdir(), 'kb-themes-')), 'content'), strict: true });
    const sample = JSON.parse(fixture('theme-sample.json').toString('utf8')).tasks as Labelled[];
    const wrong = sample.flatMap((labelled) => {
      const task = result.content!.tasks.find((candidate) => candidate.document === labelled.document && candidate.id === labelled.id);
      expect(task?.text.startsWith(labelled.begins), `${labelled.document} ${labelled.id}`).toBe(true);
      return task!.themes.every((theme) => labelled.themes.includes(theme)) ? [] : [`${labelled.id}: ${task!.themes.join(', ')} (answer: ${labelled.themes.join(' or ')})`];
    });
    expect(sample).toHaveLength(60);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(6);
  });
});
