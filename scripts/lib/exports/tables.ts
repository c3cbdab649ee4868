import type { DocumentFacts, Target, Task } from '../../../src/schema/index.ts';
import { documentReference } from '../../../src/lib/citation.ts';
import { formatTargetValue } from '../../../src/lib/format.ts';

/** A table of the exports: the same headers and rows written as CSV and as a workbook. */
export interface Table {
  name: string;
  headers: string[];
  /** Column widths in characters, for the workbook. */
  widths: number[];
  rows: Array<Array<string | number | null>>;
}

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
    headers: ['Văn bản', 'Tỉnh', 'Mục', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian (nguyên văn)', 'Bắt đầu', 'Hạn', 'Liên kết', ...(role ? ['Vai trò'] : [])],
    widths: [36, 14, 10, 80, 30, 30, 20, 12, 12, 40, ...(role ? [30] : [])],
    rows: tasks.map((task) => [
      documentReference(documentById.get(task.document)!),
      task.province,
      task.path,
      task.text,
      task.lead.join('; '),
      task.support.join('; '),
      task.timeframe?.raw ?? null,
      task.timeframe?.start ?? null,
      task.timeframe?.end ?? null,
      permalink(task),
      ...(role ? [role(task)] : []),
    ]),
  };
}

/** One row per target: its value as the plan sets it, the year, the indicator, the sentence and where it is. */
export function targetTable(name: string, targets: Target[], documentById: Map<string, DocumentFacts>, url: (target: Target) => string): Table {
  return {
    name,
    headers: ['Văn bản', 'Tỉnh', 'Chỉ số', 'Giá trị', 'Giá trị (số)', 'Đơn vị', 'Năm', 'Câu gốc', 'Liên kết'],
    widths: [36, 14, 24, 16, 12, 10, 8, 80, 40],
    rows: targets.map((target) => [
      documentReference(documentById.get(target.document)!),
      target.province,
      target.indicator,
      formatTargetValue(target),
      target.value,
      target.unit,
      target.year,
      target.text,
      url(target),
    ]),
  };
}
