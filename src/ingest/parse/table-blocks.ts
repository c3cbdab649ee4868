import type { Table } from 'mdast';
import type { Block, TableRow } from '../model/outline.ts';
import { ASTERISKS, LINE_BREAK_TAG } from '../patterns/emphasis.ts';
import { ROW_NUMBER, GROUP_ROW_NUMBER } from '../patterns/flattened-table.ts';
import { NUMBER_CELL } from '../patterns/table-columns.ts';
import { squeezed } from '../patterns/text.ts';
import { cellText, type FlattenedTable } from './lift-flattened-tables.ts';
import { phrasingText } from './phrasing-text.ts';

/** The blocks of the tables a plan holds: written with tabs, as markdown (GFM), flattened by a converter, or laying out a header. */

/** Consecutive lines separated by tabs, as PDF converters write tables. */
export function tabSeparatedTable(
  node: { position?: { start: { line: number }; end: { line: number } } },
  lines: string[],
): Block | null {
  const start = node.position!.start.line;
  const end = node.position!.end.line;
  if (end === start) return null;
  const rowLines = lines.slice(start - 1, end);
  if (!rowLines.every((line) => line.split('\t').length > 2)) return null;
  const rows: TableRow[] = rowLines.map((line, index) => ({
    cells: line.split('\t').map((cell) => squeezed(cell.replace(ASTERISKS, ''))),
    line: start + index,
  }));
  const hasHeader = !NUMBER_CELL.test(rows[0]!.cells[0] ?? '');
  return tableBlock(rows, hasHeader, start, end);
}

/** A table a converter flattened into lines, lifted out before markdown reads the text. */
export function flattenedTable(table: FlattenedTable): Block {
  const rows = table.rows.map((row) => ({
    cells: row.cells.map(cellText),
    line: row.line,
    cellLines: row.cells.map((cell) => cell.split('\n').map(cellText).filter(Boolean)),
  }));
  const first = rows[0]?.cells[0] ?? '';
  const hasHeader = !ROW_NUMBER.test(first) && !GROUP_ROW_NUMBER.test(first);
  return tableBlock(rows, hasHeader, table.start, table.end);
}

/** Each cell of a layout table as a paragraph, its `<br>` as line breaks. */
export function layoutCells(table: Block): Block[] {
  return table.rows!.flatMap((row) =>
    row.cells.filter(Boolean).map((cell): Block => {
      const lines = cell.split(LINE_BREAK_TAG).map((line) => line.trim()).filter(Boolean);
      return { ...table, kind: 'paragraph', text: lines.join(' '), lines, start: row.line, end: row.line, rows: null, hasHeader: false };
    }),
  );
}

/** A markdown table, each cell's `<br>` parting its lines. */
export function gfmTable(node: Table): Block {
  const rows: TableRow[] = node.children.map((row) => {
    // A cell's `<br>` parts its lines (a person a line, an agency a line); its text reads them one after another.
    const cellLines = row.children.map((cell) => phrasingText(cell.children).split(LINE_BREAK_TAG).map(squeezed).filter(Boolean));
    return { cells: cellLines.map((lines) => lines.join(' ')), line: row.position!.start.line, ...(cellLines.some((lines) => lines.length > 1) ? { cellLines } : {}) };
  });
  return tableBlock(rows, true, node.position!.start.line, node.position!.end.line);
}

/** A table's block: its rows, and its text read row by row. */
function tableBlock(rows: TableRow[], hasHeader: boolean, start: number, end: number): Block {
  const text = rows.map((row) => row.cells.filter(Boolean).join(' ')).join(' ');
  return {
    kind: 'table',
    marker: null,
    text,
    lines: rows.map((row) => row.cells.join(' ')),
    start,
    end,
    emphasized: false,
    leadingEmphasis: null,
    depth: null,
    continuation: false,
    rows,
    hasHeader,
    joined: [],
  };
}
