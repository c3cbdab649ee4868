import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { ANSWERS_DIR, CORPUS_DIR, scoredRecords } from '../../scripts/lib/answers/ingest-corpus.ts';
import { readAnswers } from '../../scripts/lib/answers/read-answers.ts';
import { scoreAnswers } from '../../scripts/lib/answers/score-answers.ts';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import type { Content } from '../../src/schema/index.ts';

// Issue 35: an editor's corrections take a plan the reader gets nearly right to every answer. One corpus
// plan is copied into a seeds folder of its own with a short corrections file, written as an editor
// would (the words' hashes as `npm run correct` writes them), and scored there by score-gold.py
// (tests/corpus/score-gold.py, a byte-for-byte copy of ../shared/tools/) and by our port of it.
// The reader itself is always scored without corrections (`npm run score`, answers.test.ts).
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const PLAN = '07-dak-lak-0129-kh-ubnd.txt';
const CORRECTIONS = `# Kế hoạch 0129/KH-UBND Đắk Lắk: what the reader missed, checked against the text.
reviewed:
  by: Nguyễn Thị Biên Tập
  on: 2026-12-07
  checked: [responsibilities, targets]
responsibilities:
  # Block 9 names its agencies in a bold heading over two lines: all four are charged, not one.
  - id: iv-r2-9-d1
    words: 998a54b6
    agencies:
      - Báo và Phát thanh - Truyền hình Đắk Lắk
      - Sở Văn hóa, Thể thao và Du lịch
      - Cổng Thông tin điện tử tỉnh
      - hệ thống truyền thanh cơ sở
targets:
  - lines: 349
    words: 7c934219
    phrase: 02 lần/ngày
    comparator: "="
    value: 2
    unit: lần/ngày
`;

interface GoldFigures {
  absent: number;
  tasks: number;
  found: number;
  lead_n: number;
  lead: number;
  sup_n: number;
  sup: number;
  tf_n: number;
  tf: number;
  resp_n: number;
  resp: number;
  tg_n: number;
  tg: number;
  hdr: number;
  extra_tasks: number;
}

let work: string;
let corrected: Content;
let uncorrected: Content;

/** The seeds folder holding the plan alone, ingested with the data folder given. */
function ingestPlan(name: string, withCorrections: boolean): Content {
  const dataDir = join(work, name);
  unpublishedDataDir(join(projectDir, 'data'), dataDir);
  if (withCorrections) {
    mkdirSync(join(dataDir, 'corrections'));
    writeFileSync(join(dataDir, 'corrections/dak-lak-0129-kh-ubnd.yaml'), CORRECTIONS);
  }
  const result = runIngest({ projectDir: work, seedsDir: join(work, 'seeds'), outDir: join(work, `${name}-content`), dataDir });
  expect(result.messages.filter((message) => message.file.startsWith('data/corrections')).map((message) => message.reason)).toEqual([]);
  return result.content!;
}

/** score-gold.py's figures for the open data of a build, against the answers of the plan alone. */
function scoreGold(content: Content): GoldFigures {
  const api = join(work, 'api');
  mkdirSync(api, { recursive: true });
  const records = scoredRecords(content);
  for (const [name, list] of Object.entries(records)) writeFileSync(join(api, `${name}.json`), JSON.stringify(list));
  // The answers of this plan alone, as score-gold.py reads a folder of them.
  const gold = join(work, 'gold');
  for (const part of readdirSync(join(projectDir, ANSWERS_DIR)).filter((name) => name.startsWith('part-'))) {
    mkdirSync(join(gold, part), { recursive: true });
    for (const file of readdirSync(join(projectDir, ANSWERS_DIR, part)).filter((name) => name.endsWith('.tsv'))) {
      const [header, ...rows] = readFileSync(join(projectDir, ANSWERS_DIR, part, file), 'utf8').split('\n');
      writeFileSync(join(gold, part, file), [header, ...rows.filter((row) => row.startsWith(`${PLAN}\t`))].join('\n') + '\n');
    }
  }
  const run = spawnSync('python3', [join(projectDir, CORPUS_DIR, 'score-gold.py'), api, '--gold', gold, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as GoldFigures;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-corrections-score-'));
  mkdirSync(join(work, 'seeds'));
  copyFileSync(join(projectDir, CORPUS_DIR, PLAN), join(work, 'seeds', PLAN));
  corrected = ingestPlan('corrected', true);
  uncorrected = ingestPlan('uncorrected', false);
  // Time limit: two ingests of one plan and two runs of score-gold.py, a few seconds idle.
}, 60_000);

describe('a corpus plan with an editor’s corrections', () => {
  it('reaches every answer of score-gold.py: tasks, leads, supports, timeframes, responsibilities, targets, header', () => {
    const figures = scoreGold(corrected);
    expect(figures.absent).toBe(0);
    expect(figures.hdr).toBe(1);
    expect([figures.found, figures.lead, figures.sup, figures.tf, figures.resp, figures.tg]).toEqual([figures.tasks, figures.lead_n, figures.sup_n, figures.tf_n, figures.resp_n, figures.tg_n]);
    expect(figures.extra_tasks).toBe(0);
  });

  it('did not reach them without the corrections: the file is what makes the difference', () => {
    const figures = scoreGold(uncorrected);
    expect([figures.resp, figures.tg]).toEqual([figures.resp_n - 1, figures.tg_n - 1]);
  });

  it('scores the same by the project’s port of score-gold.py', () => {
    const answers = readAnswers(join(projectDir, ANSWERS_DIR));
    const records = scoredRecords(corrected);
    records.documents = records.documents.map((document) => ({ ...document, source: basename(document.source) }));
    const { figures } = scoreAnswers(records, answers).documents.find((document) => document.file === PLAN)!;
    expect(figures.absent).toBe(0);
    expect([figures.header, figures.found, figures.lead, figures.support, figures.timeframe, figures.responsibilitiesFound, figures.targetsFound, figures.extraTasks]).toEqual([
      1,
      figures.tasks,
      figures.leadScored,
      figures.supportScored,
      figures.timeframeScored,
      figures.responsibilities,
      figures.targets,
      0,
    ]);
  });
});
