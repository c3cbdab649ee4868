import type {
  Review,
  ResponsibilityAddition,
  ResponsibilityCorrection,
  TargetAddition,
  TargetCorrection,
  TaskAddition,
  TaskCorrection,
} from '../../schema/index.ts';

/** An entry of a corrections file, with the line of the file it starts on and its place in its list (messages and the review page name them). */
export type Located<Entry> = Entry & { line: number; index: number };

/** An entry that adds an item, its `lines` read as a span. */
export type Addition<Entry extends { lines: number | string }> = Omit<Entry, 'lines'> & { lines: { from: number; to: number } };

/** One document's corrections file, read and validated (data/corrections/<id>.yaml). */
export interface CorrectionsFile {
  /** The document's id: the file's name without `.yaml`. */
  document: string;
  /** As messages name it: `data/corrections/<id>.yaml`. */
  path: string;
  reviews: Review[];
  tasks: { correct: Array<Located<TaskCorrection>>; add: Array<Located<Addition<TaskAddition>>> };
  responsibilities: { correct: Array<Located<ResponsibilityCorrection>>; add: Array<Located<Addition<ResponsibilityAddition>>> };
  targets: { correct: Array<Located<TargetCorrection>>; add: Array<Located<Addition<TargetAddition>>> };
}
