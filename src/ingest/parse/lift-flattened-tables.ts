import type { TableRow } from '../model/outline.ts';
import { CELL_BOUNDARY_LINE, NATIONAL_MOTTO, TEXT_AFTER_TABLE } from '../patterns/flattened-table.ts';
import { DOCUMENT_NUMBER_LINE, RECIPIENTS_LABEL, SIGNATURE_CAPACITY } from '../patterns/document-header.ts';
import { EMPHASIS_DEBRIS } from '../patterns/emphasis.ts';
import { HEADING_MARK, squeezed } from '../patterns/text.ts';

/** A flattened table found in the source, with the lines it spans. */
export interface FlattenedTable {
  /** First and last source line (the opening and closing `|`). */
  start: number;
  end: number;
  /** Rows of cells; each cell keeps its source lines, joined by `\n`. */
  rows: TableRow[];
  /**
   * A table that only lays out the header (issuer | motto, number | date) or
   * the closing (recipients | signature) side by side: its cells are read as
   * ordinary text, not as a table.
   */
  layout: boolean;
}

/**
 * Find the flattened tables of a text: a run of lines that opens with a lone
 * `|` line and ends at the next blank line. Cells are the lines between two
 * `|` lines; two `|` lines in a row close one row and open the next. In a
 * text without blank lines (`endAtFullRow`, a page copied from a legal
 * portal) a table also ends where a row as wide as the first is closed and
 * text follows.
 */
export function findFlattenedTables(text: string, options: { endAtFullRow?: boolean } = {}): FlattenedTable[] {
  const lines = text.split('\n');
  const tables: FlattenedTable[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!CELL_BOUNDARY_LINE.test(lines[index]!)) {
      index++;
      continue;
    }
    const table = readTable(lines, index, options.endAtFullRow ?? false);
    tables.push(table);
    index = table.end;
  }
  return tables;
}

function readTable(lines: string[], first: number, endAtFullRow: boolean): FlattenedTable {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell: string[] | null = null;
  let rowLine = first + 2;
  let index = first;
  let last = first;
  const closeRow = () => {
    // `|` lines in a run of four leave a row with no cell: nothing to keep.
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ cells, line: rowLine });
    cells = [];
  };
  for (; index < lines.length && lines[index]!.trim() !== ''; index++) {
    const line = lines[index]!;
    if (!CELL_BOUNDARY_LINE.test(line)) {
      (cell ??= []).push(line);
      continue;
    }
    last = index;
    if (cell) cells.push(cell.join('\n'));
    cell = [];
    if (endAtFullRow && endsTable(lines[index + 1], cells.length, rows[0]?.cells.length ?? 0)) {
      cell = null;
      break;
    }
    if (CELL_BOUNDARY_LINE.test(lines[index + 1] ?? '')) {
      closeRow();
      index++;
      last = index;
      rowLine = index + 2;
    }
  }
  // Lines after the last `|` and before the blank line are a cell the extractor left open.
  if (cell && cell.length > 0) {
    cells.push(cell.join('\n'));
    last = index - 1;
  }
  closeRow();
  return { start: first + 1, end: last + 1, rows, layout: rows.some((row) => row.cells.some(isLayoutCell)) };
}

/**
 * In a text without blank lines, whether the line after a cell's closing `|`
 * is text after the table: the row is as wide as the first, or the line opens
 * what no cell holds (a `#` heading, `PHỤ LỤC II`, `Điều 2.`, `Nơi nhận:`).
 */
function endsTable(next: string | undefined, cells: number, width: number): boolean {
  if (next === undefined || CELL_BOUNDARY_LINE.test(next)) return false;
  const words = cellText(next);
  return (width > 0 && cells >= width) || HEADING_MARK.test(next.trim()) || TEXT_AFTER_TABLE.test(words);
}

/** A cell of the header (number, motto) or the closing (recipients, signature), whatever the table is written as. */
export function isLayoutCell(cell: string): boolean {
  const lines = cell.split('\n').map(cellText).filter(Boolean);
  const first = lines[0] ?? '';
  return (
    NATIONAL_MOTTO.test(lines.join(' ')) ||
    DOCUMENT_NUMBER_LINE.test(first) ||
    RECIPIENTS_LABEL.test(first) ||
    SIGNATURE_CAPACITY.test(first)
  );
}

/** A cell's text as a reader sees it: emphasis markers dropped, spaces folded. */
export function cellText(cell: string): string {
  return squeezed(cell.replace(EMPHASIS_DEBRIS, ''));
}
