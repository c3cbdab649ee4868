import type { TableRow } from '../model/outline.ts';
import { GROUP_ROW_NUMBER, GROUP_ROW_TITLE, ROW_NUMBER } from '../patterns/flattened-table.ts';
import { TABLE_COLUMNS, TIME_CELL, columnKinds, type TableColumn } from '../patterns/table-columns.ts';
import { LINE_BULLET, FULL_STOP_END } from '../patterns/text.ts';

/** A body row of a table as the outline keeps it. */
export interface ReadRow {
  /** The row lined up with the header's columns; a merged cell leaves `''`. */
  row: TableRow;
  id: string;
  groupRow: boolean;
  /** The columns the row does not have (their cells merged with the row above). */
  merged: number[];
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
export function readTableRows(tableId: string, header: string[] | null, body: TableRow[], agencyHead?: RegExp): ReadRow[] {
  const width = header?.length ?? Math.max(0, ...body.map((row) => row.cells.length));
  const kinds = header ? columnKinds(header) : [];
  const hasNumberColumn = header ? TABLE_COLUMNS.number.test(header[0] ?? '') : body.some((row) => ROW_NUMBER.test(row.cells[0] ?? ''));
  const numbered = body.some((row) => ROW_NUMBER.test(row.cells[0] ?? ''));
  if (hasNumberColumn && numbered) body = joinSplitRows(body, width, kinds, agencyHead);
  const used = new Set<string>();
  let group = '';
  let lastNumbered = '';
  let continuation = 0;
  return body.map((row, index) => {
    let own: Cell[] = row.cells.map((text, column) => ({ text, lines: row.cellLines?.[column] ?? [text] }));
    // `| I. Kinh tế số | | | 1 | …`: an empty cell before the number of a row that has one cell too many,
    // or that an empty last cell of the row above left (`… | Kế hoạch tuyển dụng |  |` / `| 4 | …`).
    const leading = own.findIndex((cell) => cell.text !== '');
    if (leading > 0 && (own.length > width || ROW_NUMBER.test(own[leading]!.text))) own = own.slice(leading);
    const filled = own.filter((cell) => cell.text !== '');
    const spanning = filled.length === 1 ? GROUP_ROW_TITLE.exec(filled[0]!.text) : null;
    const first = spanning ? spanning.groups!.value! : (own[0]?.text ?? '').replace(FULL_STOP_END, '');
    const groupRow = hasNumberColumn && (spanning !== null || (GROUP_ROW_NUMBER.test(first) && filled.length <= 2));
    let segment: string;
    if (!numbered) segment = `h${index + 1}`;
    else if (groupRow) {
      group = first.toLowerCase();
      lastNumbered = group;
      segment = group;
    } else if (ROW_NUMBER.test(first)) {
      segment = `${group ? `${group}-` : ''}h${first.replaceAll('.', '-')}`;
      lastNumbered = segment;
      continuation = 1;
    } else segment = `${lastNumbered || 'h0'}-${++continuation}`;
    let id = `${tableId}-${segment}`;
    for (let copy = 2; used.has(id); copy++) id = `${tableId}-${segment}-r${copy}`;
    used.add(id);
    if (spanning) own = [{ text: first, lines: [first] }, { text: filled[0]!.text.slice(spanning[0].length - 1), lines: [] }];
    const numberMerged = hasNumberColumn && !groupRow && !ROW_NUMBER.test(first);
    const aligned = groupRow ? leftAligned(own, width, 0) : alignCells(own, width, numberMerged ? 1 : 0, kinds, agencyHead);
    return {
      row: { line: row.line, cells: aligned.cells.map((cell) => cell.text), cellLines: aligned.cells.map((cell) => cell.lines) },
      id,
      groupRow,
      merged: aligned.merged,
    };
  });
}

/**
 * A flattened table writes an empty cell as two `|` lines, as it writes the
 * end of a row: `| 3 | Tuyển dụng … | Sở Nội vụ |  | Hằng năm | … |` comes as a
 * numbered row short of cells and an unnumbered one. When the two together,
 * with the empty cells between, are no wider than the header, they are one
 * row, the second's cells where they read best. (A row merged down from a
 * full row above is no such case: the row above is full.)
 */
function joinSplitRows(body: TableRow[], width: number, kinds: Array<TableColumn | null>, agencyHead?: RegExp): TableRow[] {
  const rows: TableRow[] = [];
  for (let index = 0; index < body.length; index++) {
    const row = body[index]!;
    const next = body[index + 1];
    const starts = (cells: string[]) => ROW_NUMBER.test(cells[0] ?? '') || GROUP_ROW_NUMBER.test((cells[0] ?? '').replace(FULL_STOP_END, ''));
    if (!next || !ROW_NUMBER.test(row.cells[0] ?? '') || starts(next.cells) || row.cells.length + 1 + next.cells.length > width) {
      rows.push(row);
      continue;
    }
    const tail: Cell[] = next.cells.map((text, column) => ({ text, lines: next.cellLines?.[column] ?? [text] }));
    let gap = 1;
    for (let tried = 2; row.cells.length + tried + tail.length <= width; tried++) {
      if (fitAt(tail, row.cells.length + tried, kinds, agencyHead) > fitAt(tail, row.cells.length + gap, kinds, agencyHead)) gap = tried;
    }
    const lines = (source: TableRow) => source.cells.map((text, column) => source.cellLines?.[column] ?? [text]);
    const empty = Array.from({ length: gap }, () => '');
    rows.push({
      line: row.line,
      cells: [...row.cells, ...empty, ...next.cells],
      cellLines: [...lines(row), ...empty.map(() => []), ...lines(next)],
    });
    index++;
  }
  return rows;
}

/**
 * Line up a row short of cells: its cells stand where they read best (an
 * agency under `Chủ trì`, a date under `Thời gian`), the columns left empty
 * being merged with the row above. With nothing to tell, the cells stand from
 * the left, after the number when the number is what the row lacks.
 */
function alignCells(cells: Cell[], width: number, preferred: number, kinds: Array<TableColumn | null>, agencyHead?: RegExp): { cells: Cell[]; merged: number[] } {
  if (cells.length >= width) return { cells, merged: [] };
  let best = preferred;
  let bestFit = fitAt(cells, preferred, kinds, agencyHead);
  for (let offset = 0; offset <= width - cells.length; offset++) {
    const fit = fitAt(cells, offset, kinds, agencyHead);
    if (fit > bestFit) [best, bestFit] = [offset, fit];
  }
  return leftAligned(cells, width, best);
}

function leftAligned(cells: Cell[], width: number, offset: number): { cells: Cell[]; merged: number[] } {
  if (cells.length >= width) return { cells, merged: [] };
  const placed: Cell[] = [];
  const merged: number[] = [];
  for (let column = 0; column < width; column++) {
    const cell = column >= offset ? cells[column - offset] : undefined;
    if (cell) placed.push(cell);
    else {
      placed.push({ text: '', lines: [] });
      merged.push(column);
    }
  }
  return { cells: placed, merged };
}

/** How well cells placed from `offset` on read as the columns they land in. */
function fitAt(cells: Cell[], offset: number, kinds: Array<TableColumn | null>, agencyHead?: RegExp): number {
  return cells.reduce((fit, cell, index) => fit + cellFit(kinds[offset + index] ?? null, cell.text, agencyHead), 0);
}

function cellFit(kind: TableColumn | null, text: string, agencyHead?: RegExp): number {
  if (!text) return 0;
  const agency = agencyHead !== undefined && agencyHead.test(text.replace(LINE_BULLET, ''));
  switch (kind) {
    case 'number':
      return ROW_NUMBER.test(text) ? 2 : -2;
    case 'lead':
    case 'support':
      return agency ? 2 : -1;
    case 'timeframe':
      return TIME_CELL.test(text) && text.length < 200 ? 2 : -1;
    case 'content':
    case 'name':
      return agency && text.length < 80 ? -1 : 1;
    default:
      return 0;
  }
}
