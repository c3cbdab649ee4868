import type { TableRow } from '../model.ts';
import { GROUP_ROW_NUMBER, GROUP_ROW_TITLE, ROW_NUMBER } from '../patterns/flattened-table.ts';
import { TABLE_COLUMNS } from '../patterns/table-columns.ts';

/** A body row of a table as the outline keeps it. */
export interface ReadRow {
  /** The row lined up with the header's columns; a merged cell leaves `''`. */
  row: TableRow;
  id: string;
  groupRow: boolean;
  /** The first column the row does not have (merged with the row above), if any. */
  spannedFrom?: number;
}

interface Cell {
  text: string;
  lines: string[];
}

/**
 * Read the body rows of a table: which are group rows (`II | HỖ TRỢ…`), how
 * a row with fewer cells than the header lines up (a row without its number
 * has the number cell merged with the row above; missing trailing cells are
 * merged too), and an id for each from its own numbering: `h3` for row 3,
 * `ii` and `ii-h1` in a table with groups, `ii-h1-2` for a row that goes on
 * row 1 without a number of its own, `h<position>` in an unnumbered table.
 */
export function readTableRows(tableId: string, header: string[] | null, body: TableRow[]): ReadRow[] {
  const width = header?.length ?? Math.max(0, ...body.map((row) => row.cells.length));
  const hasNumberColumn = header ? TABLE_COLUMNS.number.test(header[0] ?? '') : body.some((row) => ROW_NUMBER.test(row.cells[0] ?? ''));
  const numbered = body.some((row) => ROW_NUMBER.test(row.cells[0] ?? ''));
  const used = new Set<string>();
  let group = '';
  let lastNumbered = '';
  let continuation = 0;
  return body.map((row, index) => {
    let own: Cell[] = row.cells.map((text, column) => ({ text, lines: row.cellLines?.[column] ?? [text] }));
    // `| I. Kinh tế số | | | 1 | …`: an empty cell before the number of a row that has one cell too many.
    if (own.length > width && own[0]!.text === '') own = own.slice(own.findIndex((cell) => cell.text !== ''));
    const filled = own.filter((cell) => cell.text !== '');
    const spanning = filled.length === 1 ? GROUP_ROW_TITLE.exec(filled[0]!.text) : null;
    const first = spanning ? spanning.groups!.value! : (own[0]?.text ?? '').replace(/\.$/u, '');
    const groupRow = hasNumberColumn && (spanning !== null || (GROUP_ROW_NUMBER.test(first) && filled.length <= 2));
    let segment: string;
    if (!numbered) segment = `h${index + 1}`;
    else if (groupRow) {
      group = first.toLowerCase();
      lastNumbered = group;
      segment = group;
    } else if (ROW_NUMBER.test(first)) {
      segment = `${group ? `${group}-` : ''}h${first.replace(/\./gu, '-')}`;
      lastNumbered = segment;
      continuation = 1;
    } else segment = `${lastNumbered || 'h0'}-${++continuation}`;
    let id = `${tableId}-${segment}`;
    for (let copy = 2; used.has(id); copy++) id = `${tableId}-${segment}-r${copy}`;
    used.add(id);
    if (spanning) own = [{ text: first, lines: [first] }, { text: filled[0]!.text.slice(spanning[0].length - 1), lines: [] }];
    const aligned = alignCells(own, width, hasNumberColumn && !groupRow && !ROW_NUMBER.test(first));
    return {
      row: { line: row.line, cells: aligned.cells.map((cell) => cell.text), cellLines: aligned.cells.map((cell) => cell.lines) },
      id,
      groupRow,
      spannedFrom: aligned.spannedFrom,
    };
  });
}

function alignCells(cells: Cell[], width: number, numberMerged: boolean): { cells: Cell[]; spannedFrom?: number } {
  if (cells.length >= width) return { cells };
  const empty = (): Cell => ({ text: '', lines: [] });
  const shifted = numberMerged ? [empty(), ...cells] : [...cells];
  const spannedFrom = shifted.length;
  while (shifted.length < width) shifted.push(empty());
  return { cells: shifted, spannedFrom };
}
