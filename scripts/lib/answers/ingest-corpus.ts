import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest, type IngestResult } from '../../../src/ingest/pipeline.ts';
import type { Content } from '../../../src/schema/index.ts';
import type { ScoredRecords } from './score-answers.ts';
import type { RuleSwitch } from '../../../src/ingest/extract/rule-switch.ts';

/** The plans the answers were written for, beside the seeds. */
export const CORPUS_DIR = 'tests/corpus';
export const ANSWERS_DIR = 'tests/corpus/answers';

/**
 * Ingest the seeds and every plan of tests/corpus/ together, as a cadre would
 * add them, in a folder of its own (nothing published is touched). A seed the
 * corpus holds byte for byte (the national resolution) is read once.
 * `files` gives the plans in another form (the PDF or Word file of each text:
 * see `planTexts` and office/convert-plans.ts), keyed by the text's name.
 */
export function ingestSeedsAndCorpus(
  projectDir: string,
  options: { strict?: boolean; files?: Map<string, { name: string; bytes: Uint8Array }>; rules?: (path: string) => RuleSwitch } = {},
): { result: IngestResult; files: string[] } {
  const work = mkdtempSync(join(tmpdir(), 'kb-corpus-'));
  try {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    const corpusDir = join(projectDir, CORPUS_DIR);
    const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    const corpusTexts = new Set(corpus.map((name) => readFileSync(join(corpusDir, name), 'utf8')));
    const add = (from: string, name: string) => {
      const other = options.files?.get(name);
      if (other) writeFileSync(join(seeds, other.name), other.bytes);
      else copyFileSync(join(from, name), join(seeds, name));
    };
    for (const name of readdirSync(join(projectDir, 'seeds'))) {
      if (!corpusTexts.has(readFileSync(join(projectDir, 'seeds', name), 'utf8'))) add(join(projectDir, 'seeds'), name);
    }
    for (const name of corpus) add(corpusDir, name);
    const result = runIngest({
      projectDir: work,
      seedsDir: seeds,
      outDir: join(work, 'content'),
      strict: options.strict ?? false,
      // The reader is scored as it reads, never with an editor's corrections.
      corrections: false,
      ...(options.rules ? { rules: options.rules } : {}),
    });
    return { result, files: readdirSync(seeds).sort() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The texts of the seeds and the corpus plans, by file name. */
export function planTexts(projectDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const folder of ['seeds', CORPUS_DIR]) {
    for (const name of readdirSync(join(projectDir, folder)).filter((file) => file.endsWith('.txt'))) texts.set(name, readFileSync(join(projectDir, folder, name), 'utf8'));
  }
  return texts;
}

/** The fields the answers are scored on, as the open data carries them. */
export function scoredRecords(content: Content): ScoredRecords {
  return {
    documents: content.documents.map(({ facts }) => facts),
    tasks: content.tasks,
    responsibilities: content.responsibilities,
    targets: content.targets,
  };
}
