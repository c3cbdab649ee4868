import type { DocumentFacts, Indicator, Responsibility, Target, Task } from '../../../src/schema/index.ts';
import { additionWording, documentReference } from '../../../src/lib/citation.ts';
import { formatTargetValue } from '../../../src/lib/format.ts';
import { regionOfDocument } from '../../../src/lib/regions.ts';
import { readingState } from '../../../src/lib/review.ts';

/** A cell: text, a number, a date (ISO `YYYY-MM-DD`, written as a date), a link, or nothing. */
export type Cell = string | number | { date: string } | { link: string; text: string } | null;

/** A table of the exports: the same headers and rows written as CSV and as a sheet of a workbook. */
export interface Table {
  name: string;
  headers: string[];
  /** Column widths in characters, for the workbook. */
  widths: number[];
  rows: Cell[][];
}

const dateOf = (iso: string | undefined): Cell => (iso ? { date: iso } : null);
const linkOf = (url: string): Cell => ({ link: url, text: url });

/** What a row needs beyond its record: the documents, the indicators' labels, and each record's address. */
export interface TableSources {
  documentById: Map<string, DocumentFacts>;
  indicators: Map<string, Indicator>;
  permalink: (task: Task) => string;
  url: (record: Responsibility | Target) => string;
}

/** The tables of the exports; a record's row is made once, whichever and however many tables hold it. */
export interface TableMaker {
  /** One row per task, in the order given; with `role`, a last column for the part a list's agency has in it. */
  tasks(name: string, tasks: Task[], role?: (task: Task) => string): Table;
  targets(name: string, targets: Target[]): Table;
  responsibilities(name: string, records: Responsibility[]): Table;
}

const TASK_HEADERS = ['Văn bản', 'Tỉnh', 'Mục', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian (nguyên văn)', 'Bắt đầu', 'Hạn', 'Liên kết', 'Cách đọc'];
const TASK_WIDTHS = [36, 14, 10, 80, 30, 30, 20, 12, 12, 40, 24];

/**
 * A task is a row of a dozen files (all tasks, its province, document, themes, each agency it names and their
 * kinds): its row is made once per role it is shown with, and the same row object is what every table holds,
 * so that a table's key (content-key.ts) digests it once too.
 */
export function tableMaker({ documentById, indicators, permalink, url }: TableSources): TableMaker {
  const taskRow = remembered((task: Task) => taskCells(task, documentById, permalink));
  const rowsWithRole = new Map<Task, Map<string, Cell[]>>();
  const taskRowAs = (task: Task, role: string): Cell[] => {
    const byRole = rowsWithRole.get(task) ?? rowsWithRole.set(task, new Map()).get(task)!;
    return byRole.get(role) ?? byRole.set(role, [...taskRow(task), role]).get(role)!;
  };
  const targetRow = remembered((target: Target) => targetCells(target, documentById, indicators, url));
  const responsibilityRow = remembered((record: Responsibility) => responsibilityCells(record, documentById, url));
  return {
    tasks: (name, tasks, role) => ({
      name,
      headers: role ? [...TASK_HEADERS, 'Vai trò'] : TASK_HEADERS,
      widths: role ? [...TASK_WIDTHS, 30] : TASK_WIDTHS,
      rows: tasks.map((task) => (role ? taskRowAs(task, role(task)) : taskRow(task))),
    }),
    targets: (name, targets) => ({
      name,
      headers: ['Văn bản', 'Tỉnh', 'Chỉ số', 'Giá trị', 'Giá trị (số)', 'Đơn vị', 'Năm', 'Câu gốc', 'Liên kết'],
      widths: [36, 14, 30, 16, 12, 10, 8, 80, 40],
      rows: targets.map(targetRow),
    }),
    responsibilities: (name, records) => ({
      name,
      headers: ['Văn bản', 'Tỉnh', 'Mục', 'Cơ quan', 'Trách nhiệm', 'Thời hạn (nguyên văn)', 'Hạn', 'Liên kết'],
      widths: [36, 14, 10, 30, 80, 20, 12, 40],
      rows: records.map(responsibilityRow),
    }),
  };
}

function remembered<T extends object>(make: (record: T) => Cell[]): (record: T) => Cell[] {
  const rows = new Map<T, Cell[]>();
  return (record) => rows.get(record) ?? rows.set(record, make(record)).get(record)!;
}

/** A task's row: where it is, what it says, who leads and supports it, when, its permanent address, how it was read. */
function taskCells(task: Task, documentById: Map<string, DocumentFacts>, permalink: (task: Task) => string): Cell[] {
  const document = documentById.get(task.document)!;
  const addition = additionWording(task, documentById);
  return [
    addition ? `${documentReference(document)} (${addition})` : documentReference(document),
    regionOfDocument(document),
    task.path,
    task.text,
    task.lead.join('; '),
    task.support.join('; '),
    task.timeframe?.raw ?? null,
    dateOf(task.timeframe?.start),
    dateOf(task.timeframe?.end),
    linkOf(permalink(task)),
    readingState(task),
  ];
}

/** A target's row: its value as the plan sets it, the year, the indicator, the sentence and where it is. */
function targetCells(target: Target, documentById: Map<string, DocumentFacts>, indicators: Map<string, Indicator>, url: (target: Target) => string): Cell[] {
  const document = documentById.get(target.document)!;
  return [
    documentReference(document),
    regionOfDocument(document),
    target.indicator ? (indicators.get(target.indicator)?.label ?? target.indicator) : null,
    formatTargetValue(target),
    target.value,
    target.unit,
    target.year,
    target.text,
    linkOf(url(target)),
  ];
}

/** A responsibility's row: to whom, what, by when, and where it is. */
function responsibilityCells(record: Responsibility, documentById: Map<string, DocumentFacts>, url: (record: Responsibility) => string): Cell[] {
  const document = documentById.get(record.document)!;
  return [
    documentReference(document),
    regionOfDocument(document),
    record.path,
    record.agency,
    record.text,
    record.timeframe?.raw ?? null,
    dateOf(record.timeframe?.end),
    linkOf(url(record)),
  ];
}
