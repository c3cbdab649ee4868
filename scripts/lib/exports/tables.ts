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

/**
 * One row per task: where it is, what it says, who leads and supports it,
 * when, and its permanent address; for an agency's list, last, the part the
 * agency has in it (every table keeps the same columns in the same places).
 */
export function taskTable(
  name: string,
  tasks: Task[],
  documentById: Map<string, DocumentFacts>,
  permalink: (task: Task) => string,
  role?: (task: Task) => string,
): Table {
  return {
    name,
    headers: ['Văn bản', 'Tỉnh', 'Mục', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian (nguyên văn)', 'Bắt đầu', 'Hạn', 'Liên kết', 'Cách đọc', ...(role ? ['Vai trò'] : [])],
    widths: [36, 14, 10, 80, 30, 30, 20, 12, 12, 40, 24, ...(role ? [30] : [])],
    rows: tasks.map((task) => {
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
        ...(role ? [role(task)] : []),
      ];
    }),
  };
}

/** One row per target: its value as the plan sets it, the year, the indicator, the sentence and where it is. */
export function targetTable(
  name: string,
  targets: Target[],
  documentById: Map<string, DocumentFacts>,
  indicators: Map<string, Indicator>,
  url: (target: Target) => string,
): Table {
  return {
    name,
    headers: ['Văn bản', 'Tỉnh', 'Chỉ số', 'Giá trị', 'Giá trị (số)', 'Đơn vị', 'Năm', 'Câu gốc', 'Liên kết'],
    widths: [36, 14, 30, 16, 12, 10, 8, 80, 40],
    rows: targets.map((target) => {
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
    }),
  };
}

/** One row per responsibility an organisation part gives: to whom, what, by when, and where it is. */
export function responsibilityTable(
  name: string,
  records: Responsibility[],
  documentById: Map<string, DocumentFacts>,
  url: (record: Responsibility) => string,
): Table {
  return {
    name,
    headers: ['Văn bản', 'Tỉnh', 'Mục', 'Cơ quan', 'Trách nhiệm', 'Thời hạn (nguyên văn)', 'Hạn', 'Liên kết'],
    widths: [36, 14, 10, 30, 80, 20, 12, 40],
    rows: records.map((record) => {
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
    }),
  };
}
