import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One row of an answer file, by its header's column names. */
export type AnswerRow = Record<string, string>;

/** Hand-checked answers (tests/corpus/answers/, see LABELLING.md there): what a reader expects of each plan. */
export interface Answers {
  documents: AnswerRow[];
  tasks: AnswerRow[];
  responsibilities: AnswerRow[];
  targets: AnswerRow[];
  /** Plans whose tasks are not all labelled (`incomplete.txt`): their other exports are not counted as extras. */
  incomplete: Set<string>;
}

const ANSWER_FILES = ['documents', 'tasks', 'responsibilities', 'targets'] as const;

/** Every `documents.tsv`, `tasks.tsv`, … under the folder, read as score-gold.py reads them. */
export function readAnswers(folder: string): Answers {
  const files = existsSync(folder) ? listFiles(folder) : [];
  const answers: Answers = { documents: [], tasks: [], responsibilities: [], targets: [], incomplete: new Set() };
  for (const name of ANSWER_FILES) {
    for (const path of files.filter((file) => file.endsWith(`/${name}.tsv`)).sort()) answers[name].push(...readTable(path));
  }
  for (const path of files.filter((file) => file.endsWith('/incomplete.txt'))) {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim() && !line.startsWith('#')) answers.incomplete.add(line.trim());
  }
  return answers;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path.replaceAll('\\', '/')];
  });
}

/** Tab-separated, first line the header; a short row is padded with empty fields. */
function readTable(path: string): AnswerRow[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
  return rows.map((cells) => Object.fromEntries(header!.map((column, index) => [column, cells[index] ?? ''])));
}
