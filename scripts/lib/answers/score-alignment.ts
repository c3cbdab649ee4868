import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Task } from '../../../src/schema/index.ts';
import { foldedWords } from '../../../src/lib/text-similarity.ts';

/** Where the hand-checked alignments of provincial tasks to the national items are (a byte-for-byte copy of ../shared/corpus/gold-alignment/). */
export const ALIGNMENT_DIR = 'tests/corpus/alignment';

/** One answered task: its plan, words of its text, the national items (by words of theirs) it takes up, and whether the answer is sure. */
export interface AlignmentAnswer {
  file: string;
  snippet: string;
  national: string[];
  sure: boolean;
}

export interface AlignmentScore {
  /** Links task → item the build made that the answers make too, and those it made or missed besides. */
  found: number;
  extra: number;
  missed: number;
  precision: number;
  recall: number;
  /** Answers whose task or item the build has no record for (their words found nowhere). */
  unmatched: string[];
  /** Each sure answer the build differs on: `file: snippet — answers …, build …`. */
  misses: string[];
}

/** Every answer of the alignment files (`*.tsv`: file, snippet, national, confidence, note). */
export function readAlignmentAnswers(dir: string): AlignmentAnswer[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [file = '', snippet = '', national = '', confidence = ''] = line.split('\t');
          return { file, snippet, national: national.split(';').filter(Boolean), sure: confidence === 'sure' };
        }),
    );
}

const words = (text: string) => ` ${foldedWords(text).join(' ')} `;

/**
 * Precision and recall of the build's task → item links against the sure
 * answers (unsure ones are not scored). A task is found by its snippet in its
 * plan, an item by its snippet among the national document's tasks.
 */
export function scoreAlignment(answers: AlignmentAnswer[], tasks: Task[], sourceOf: (document: string) => string): AlignmentScore {
  const score: AlignmentScore = { found: 0, extra: 0, missed: 0, precision: 0, recall: 0, unmatched: [], misses: [] };
  const itemOf = (snippet: string) => tasks.find((task) => task.itemsDocument === null && words(task.text).includes(words(snippet)) && isItem(task, tasks));
  for (const answer of answers.filter((entry) => entry.sure)) {
    const task = tasks.find((candidate) => basename(sourceOf(candidate.document)) === answer.file && words(candidate.text).includes(words(answer.snippet)));
    const wanted = answer.national.map(itemOf);
    if (!task || wanted.some((item) => !item)) {
      score.unmatched.push(`${answer.file}: ${answer.snippet}`);
      continue;
    }
    const want = new Set(wanted.map((item) => item!.id));
    const got = new Set(task.implementsItems);
    const found = [...got].filter((id) => want.has(id)).length;
    score.found += found;
    score.extra += got.size - found;
    score.missed += want.size - found;
    if (found !== got.size || found !== want.size) score.misses.push(`${answer.file}: ${answer.snippet} — answers ${[...want].join(', ') || 'none'}, build ${[...got].join(', ') || 'none'}`);
  }
  score.precision = score.found / Math.max(1, score.found + score.extra);
  score.recall = score.found / Math.max(1, score.found + score.missed);
  return score;
}

/** Whether a task is an item: a task of the document some task's items come from. */
function isItem(task: Task, tasks: Task[]): boolean {
  return tasks.some((other) => other.itemsDocument === task.document);
}
