import type { OutlineNode, TableRow } from '../model.ts';
import { GROUP_ROW_NUMBER, ROW_NUMBER } from '../patterns/flattened-table.ts';
import { TABLE_COLUMNS } from '../patterns/table-columns.ts';

/** A body row of a table as the outline keeps it. */
export interface ReadRow {
  row: TableRow;
  id: string;
  /** Cells under the header's columns; a merged cell leaves `''`. */
  cells: string[];
  groupRow: boolean;
  /** The first column the row does not have (merged with the row above), if any. */
  spannedFrom?: number;
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
    const first = (row.cells[0] ?? '').replace(/\.$/u, '');
    const groupRow = hasNumberColumn && GROUP_ROW_NUMBER.test(first) && row.cells.filter(Boolean).length <= 2;
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
    return { row, id, groupRow, ...alignCells(row.cells, width, hasNumberColumn && !groupRow && !ROW_NUMBER.test(first)) };
  });
}

function alignCells(cells: string[], width: number, numberMerged: boolean): { cells: string[]; spannedFrom?: number } {
  if (cells.length >= width) return { cells };
  const shifted = numberMerged ? ['', ...cells] : [...cells];
  const spannedFrom = shifted.length;
  while (shifted.length < width) shifted.push('');
  return { cells: shifted, spannedFrom };
}

export function rowNodeFields(read: ReadRow): Pick<OutlineNode, 'id' | 'cells' | 'spannedFrom' | 'groupRow'> {
  return { id: read.id, cells: read.cells, spannedFrom: read.spannedFrom, groupRow: read.groupRow };
}
