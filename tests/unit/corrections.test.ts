import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../../src/ingest/pipeline.ts';
import { loadReferenceData, ReferenceDataError } from '../../src/ingest/reference-data.ts';
import { readCorrectionsFile } from '../../src/ingest/read/read-corrections.ts';
import { formatMessage } from '../../src/ingest/messages.ts';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { wordsHash } from '../../src/lib/words-hash.ts';

// Issue 35: an editor's corrections of a reading, on a corpus plan (Bắc Ninh 144/KH-UBND), whose
// reader misses III.3.a (it reads the paragraph under it as the task) and leaves the leads of part
// III to the annex. The file is written as an editor would (tests/fixtures/corrections-bac-ninh-144.yaml).
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const PLAN = '17-bac-ninh-144-kh-ubnd.txt';
const DOCUMENT = 'bac-ninh-144-kh-ubnd';
const FILE = `data/corrections/${DOCUMENT}.yaml`;
const data = loadReferenceData();
const planText = readFileSync(join(projectDir, 'tests/corpus', PLAN), 'utf8');
const lines = planText.split('\n');
/** The words of the source lines given, as an item's words are hashed (its lines, joined). */
const wordsOfLines = (from: number, to: number) => wordsHash(lines.slice(from - 1, to).join(' ').replace(/^[a-z]\)\s*/u, ''));

/** The corrections file as an editor wrote it (tests/site/corrections.test.ts builds the site with it). */
const CORRECTIONS = readFileSync(join(projectDir, 'tests/fixtures/corrections-bac-ninh-144.yaml'), 'utf8');
const corrections = () => CORRECTIONS;

let work: string;

/** The plan alone in a seeds folder, with the corrections file given (none when null), ingested. */
function ingestWith(file: string | null, text = planText, name = `run-${Math.random().toString(36).slice(2)}`): IngestResult {
  const dir = join(work, name);
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'seeds', PLAN), text);
  unpublishedDataDir(join(projectDir, 'data'), join(dir, 'data'));
  if (file !== null) {
    mkdirSync(join(dir, 'data/corrections'));
    writeFileSync(join(dir, FILE), file);
  }
  return runIngest({ projectDir: dir, seedsDir: join(dir, 'seeds'), outDir: join(dir, 'content'), dataDir: join(dir, 'data') });
}
const said = (result: IngestResult) => result.messages.filter((message) => message.file === FILE).map(formatMessage);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-corrections-'));
});

describe('a corrections file', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestWith(corrections());
    // Time limit: one ingest of a 1,300-line plan, about a second idle.
  }, 30_000);
  const task = (id: string) => result.content!.tasks.find((each) => each.document === DOCUMENT && each.id === id);

  it('sets a task’s lead and timeframe, marking what it set', () => {
    expect(said(result)).toEqual([]);
    // The words each entry is bound to are those of the source lines of its item, as npm run correct writes them.
    expect(CORRECTIONS).toContain(`id: iii-3-b\n    words: ${wordsOfLines(270, 272)}\n`);
    expect(CORRECTIONS).toContain(`id: iii-3-a-d1\n    words: ${wordsOfLines(266, 268)}\n`);
    expect(CORRECTIONS).toContain(`lines: 261-266\n    words: ${wordsHash(`${lines.slice(260, 264).join(' ').replace(/^a\)\s*/u, '')} ${lines.slice(265, 268).join(' ')}`)}\n`);
    expect(task('iii-3-b')).toMatchObject({ lead: ['Sở Khoa học và Công nghệ'], leadIds: ['bac-ninh-so-khoa-hoc-va-cong-nghe'], timeframe: { raw: 'Năm 2026' }, corrected: ['lead', 'timeframe'], reviewed: true });
  });

  it('adds the task the reader missed, by the lines its items start on, with its lead and theme', () => {
    const added = task('iii-3-a')!;
    expect(added.text).toMatch(/^Ứng dụng rộng rãi nền tảng số quản trị, vận hành .* Tích hợp hạ tầng tiện ích số/u);
    expect(added).toMatchObject({ path: 'III.3.a', lead: ['Sở Khoa học và Công nghệ'], theme: 'chuyen-doi-so', corrected: ['added'], source: { line: 261 } });
  });

  it('drops the block that is no task from the tasks, never from the page', () => {
    expect(task('iii-3-a-d1')).toBeUndefined();
    const page = result.content!.documents.find((document) => document.facts.id === DOCUMENT)!.mdx;
    expect(page).toContain('Tích hợp hạ tầng tiện ích số');
  });

  it('leaves every other task as the reader read it, and counts what was corrected', () => {
    const uncorrected = ingestWith(null).content!;
    const others = (tasks: typeof uncorrected.tasks) => tasks.filter((each) => !['iii-3-a', 'iii-3-b', 'iii-3-a-d1'].includes(each.id)).map(({ position, ...rest }) => ({ ...rest, reviewed: false }));
    expect(others(result.content!.tasks)).toEqual(others(uncorrected.tasks));
    const facts = result.content!.documents[0]!.facts;
    expect(facts.counts.tasks).toBe(uncorrected.documents[0]!.facts.counts.tasks);
    expect(facts.review).toMatchObject({
      reviews: [{ by: 'Trần Văn Rà Soát', on: '2026-12-07', checked: ['tasks', 'leads'] }],
      file: FILE,
      corrections: [
        { line: 8, list: 'tasks', id: 'iii-3-b', status: 'applied', fields: ['lead', 'timeframe'] },
        { line: 12, list: 'tasks', id: 'iii-3-a-d1', status: 'applied', fields: [], note: 'Đoạn giải thích của điểm a), không phải nhiệm vụ riêng' },
        { line: 16, list: 'tasks', id: 'iii-3-a', status: 'applied', fields: ['added'] },
      ],
    });
  });

  it('is stale once an amendment changes the words it was written for: said at its line, and not applied', () => {
    const amended = planText.replace('công bố và cập nhật hệ sinh thái nền tảng số', 'công bố, cập nhật hằng quý hệ sinh thái nền tảng số');
    const stale = ingestWith(corrections(), amended);
    expect(stale.failed).toBe(false);
    expect(said(stale)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:8:1: warning: tasks\\[0\\] \\(iii-3-b\\): stale: .*not applied.*\\(corrections:stale\\)$`, 'u'))]);
    const kept = stale.content!.tasks.find((each) => each.id === 'iii-3-b')!;
    expect(kept).toMatchObject({ lead: [], corrected: [] });
    expect(stale.content!.documents[0]!.facts.review.corrections[0]).toMatchObject({ id: 'iii-3-b', status: 'stale' });
  });

  it('fails the run when it names an item the document does not have', () => {
    const missing = ingestWith(corrections().replace('id: iii-3-b', 'id: iii-3-z'));
    expect(missing.failed).toBe(true);
    expect(missing.written).toBe(false);
    expect(said(missing)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:8:1: error: tasks\\[0\\] \\(iii-3-z\\): no item iii-3-z in this document`, 'u'))]);
  });

  it('drops a target that is none from the targets, its words keeping their anchor (it may be published), unmarked', () => {
    const target = ingestWith(null).content!.targets[0]!;
    const dropped = ingestWith(`targets:\n  - id: ${target.id}\n    words: ${wordsHash(target.text)}\n    not-a-target: true\n`);
    expect(said(dropped)).toEqual([]);
    expect(dropped.content!.targets.map((each) => each.id)).not.toContain(target.id);
    expect(dropped.content!.documents[0]!.facts.counts.targets).toBe(ingestWith(null).content!.documents[0]!.facts.counts.targets - 1);
    expect(dropped.content!.documents[0]!.mdx).toContain(`<Target id="${target.id}" plain="true">${target.phrase}</Target>`);
  });

  it('is never read when the reader is scored', () => {
    const dir = join(work, 'scored');
    ingestWith(corrections(), planText, 'scored');
    const scored = runIngest({ projectDir: dir, seedsDir: join(dir, 'seeds'), outDir: join(dir, 'content'), dataDir: join(dir, 'data'), corrections: false });
    expect(scored.content!.tasks.filter((each) => each.corrected.length > 0)).toEqual([]);
    expect(scored.content!.documents[0]!.facts.review).toMatchObject({ reviews: [], file: null });
  });
});

describe('a corrections file that is wrong', () => {
  const read = (text: string) => () => readCorrectionsFile(FILE, DOCUMENT, text, data);

  it.each([
    ['not YAML', 'tasks:\n  - id: iii-1\n   words: [', `${FILE}:3: not valid YAML`],
    ['a field it does not know, at its line', 'tasks:\n  - id: iii-1\n    words: 0a1b2c3d\n    leed: [Sở Y tế]\n', `${FILE}:4: tasks[0].leed: unexpected field \`leed\`, expected one of id, words, lead, support, timeframe, theme, not-a-task, note`],
    ['words that are no hash', 'tasks:\n  - id: iii-1\n    words: Xây dựng\n', `${FILE}:3: tasks[0].words: expected the 8 hex digits`],
    ['no words', 'tasks:\n  - id: iii-1\n    lead: [Sở Y tế]\n', `${FILE}:2: tasks[0].words: missing, expected string`],
    ['a lead that is no list', 'tasks:\n  - id: iii-1\n    words: 0a1b2c3d\n    lead: Sở Y tế\n', `${FILE}:4: tasks[0].lead: expected a list, not \`Sở Y tế\``],
    ['a theme the taxonomy does not have', 'tasks:\n  - id: iii-1\n    words: 0a1b2c3d\n    theme: giao-duc\n', `${FILE}:4: tasks[0].theme: no theme \`giao-duc\` in data/themes.json`],
    ['lines the wrong way round', 'responsibilities:\n  - lines: 30-20\n    words: 0a1b2c3d\n    agencies: [Sở Y tế]\n', `${FILE}:2: responsibilities[0].lines: expected the first line before the last`],
    ['a review without its day', 'reviewed:\n  by: A\n  checked: [all]\n', `${FILE}:2: reviewed.on: missing, expected string`],
    ['a review of what cannot be checked', 'reviewed:\n  - by: A\n    on: 2026-12-07\n    checked: [tasks, agencies]\n', `${FILE}:4: reviewed[0].checked[1]: `],
    ['a list of the wrong name', 'task:\n  - id: iii-1\n', `${FILE}:1: task: unexpected field \`task\`, expected one of reviewed, tasks, responsibilities, targets`],
  ])('stops on %s with file:line: what is wrong', (_, text, message) => {
    expect(read(text)).toThrow(ReferenceDataError);
    expect(read(text)).toThrow(message);
  });

  it('stops `npm run ingest` with that message and exit 1, no stack trace', () => {
    const dir = join(work, 'cli');
    mkdirSync(join(dir, 'seeds'), { recursive: true });
    copyFileSync(join(projectDir, 'tests/corpus', PLAN), join(dir, 'seeds', PLAN));
    unpublishedDataDir(join(projectDir, 'data'), join(dir, 'data'));
    mkdirSync(join(dir, 'data/corrections'));
    writeFileSync(join(dir, FILE), 'tasks:\n  - id: iii-3-b\n    words: 0a1b2c3d\n    lead: Sở Y tế\n');
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', join(dir, 'seeds'), '--data', join(dir, 'data'), '--out', join(dir, 'content'), '--no-cache'], { cwd: projectDir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`[ingest] ${FILE}:4: tasks[0].lead: expected a list, not \`Sở Y tế\``);
    // A stale entry does not stop the run; it is printed, not only written to the report.
    writeFileSync(join(dir, FILE), 'tasks:\n  - id: iii-3-b\n    words: 0a1b2c3d\n    lead: [Sở Y tế]\n');
    const stale = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', join(dir, 'seeds'), '--data', join(dir, 'data'), '--out', join(dir, 'content'), '--no-cache'], { cwd: projectDir, encoding: 'utf8' });
    expect(stale.status).toBe(0);
    expect(stale.stdout).toContain(`${FILE}:2:1: warning: tasks[0] (iii-3-b): stale: the item's words are no longer those this correction was written for (words \`0a1b2c3d\`, now \`${wordsOfLines(270, 272)}\``);
  });
});

describe('npm run correct', () => {
  it('writes one entry bound to the item’s words, which the next build applies', () => {
    const dir = join(work, 'correct');
    mkdirSync(join(dir, 'seeds'), { recursive: true });
    copyFileSync(join(projectDir, 'tests/corpus', PLAN), join(dir, 'seeds', PLAN));
    unpublishedDataDir(join(projectDir, 'data'), join(dir, 'data'));
    const correct = (...args: string[]) => spawnSync(process.execPath, ['scripts/correct.ts', '--seeds', join(dir, 'seeds'), '--data', join(dir, 'data'), DOCUMENT, ...args], { cwd: projectDir, encoding: 'utf8' });
    expect(correct('iii-3-b', '--lead', 'Sở Khoa học và Công nghệ', '--support', 'Sở Tài chính').status).toBe(0);
    expect(correct('iii-3-b', '--clear', 'support').status).toBe(0);
    expect(correct('--add', 'task', '--lines', '261-266', '--lead', 'Sở Khoa học và Công nghệ').status).toBe(0);
    const refused = correct('iii-3-a-d1', '--leed', 'x');
    expect([refused.status, refused.stderr.trim()]).toEqual([1, '[correct] unknown option --leed; see the comment at the top of scripts/correct.ts']);
    const written = readFileSync(join(dir, FILE), 'utf8');
    expect(written).toContain(`  - id: iii-3-b\n    words: ${wordsOfLines(270, 272)}\n    lead:\n      - Sở Khoa học và Công nghệ\n    support: []\n`);
    const result = runIngest({ projectDir: dir, seedsDir: join(dir, 'seeds'), outDir: join(dir, 'content'), dataDir: join(dir, 'data') });
    expect(said(result)).toEqual([]);
    expect(result.content!.tasks.filter((each) => each.corrected.length > 0).map((each) => [each.id, each.lead, each.support, each.corrected])).toEqual([
      ['iii-3-a', ['Sở Khoa học và Công nghệ'], [], ['added']],
      ['iii-3-b', ['Sở Khoa học và Công nghệ'], [], ['lead', 'support']],
    ]);
    // Time limit: three commands that each read the plan, and one ingest, a few seconds idle.
  }, 60_000);
});
