import type { PdfLine } from './pdf-lines.ts';
import type { TextWriter } from './text-writer.ts';
import { CONTINUING_START } from '../patterns/office-files.ts';
import { NUMBER_LABEL } from '../patterns/document-header.ts';

/** A line laid out in columns: each column's words ('' where it has none), its baseline, its place. */
export interface ColumnRow {
  cells: string[];
  y: number;
  place: string;
}

/**
 * Lines laid out in columns without rules (the issuer beside the motto, the
 * number beside the place and date; the recipients beside the signature): a
 * line in columns opens or extends a run, and a line of one piece close under
 * it that falls within one column is that column's next line (`Độc lập - Tự do
 * - Hạnh phúc` under the motto), or, going on in lower case or a number, the
 * line above it wrapped. Each row's cells, keyed by line index.
 */
export function columnRows(page: PdfLine[], spacing: number): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let columns: Array<{ x: number; end: number }> | null = null;
  page.forEach((line, at) => {
    const above = page[at - 1];
    const goesOn = columns !== null && above !== undefined && rows.has(at - 1) && above.y - line.y <= 1.4 * spacing;
    if (line.cells.length > 1) {
      // A column spans every line of it seen so far: a centred column's lines start and end at different places.
      const seen = goesOn && columns!.length === line.cells.length ? columns : null;
      columns = line.cells.map(({ x, end }, index) => ({ x: Math.min(x, seen?.[index]?.x ?? x), end: Math.max(end, seen?.[index]?.end ?? end) }));
      rows.set(at, line.cells.map((cell) => cell.text));
      return;
    }
    const within = columns?.filter((column) => line.x < column.end + line.height && line.end > column.x - line.height) ?? [];
    if (!goesOn || within.length !== 1) {
      columns = null;
      return;
    }
    const column = columns!.indexOf(within[0]!);
    const cells = [...rows.values()].reverse().find((row) => row[column] !== '');
    // `27 tháng 11 năm 2025` under `Đồng Tháp, ngày`: the cell above, wrapped.
    if (cells && CONTINUING_START.test(line.text)) {
      cells[column] = `${cells[column]} ${line.text}`;
      rows.set(at, columns!.map(() => ''));
    } else rows.set(at, columns!.map((other) => (other === within[0] ? line.text : '')));
  });
  return rows;
}

/**
 * The header's columns as a web copy of a plan flattens them (a lone `|`
 * between two cells, two between two rows): one row for the bodies (the
 * issuer beside the national motto), one from the number line on (the
 * number beside the place and date), each cell its column's lines.
 */
export function writeHeader(rows: ColumnRow[], writer: TextWriter): void {
  const numberRow = rows.findIndex((row) => row.cells.some((cell) => NUMBER_LABEL.test(cell)));
  const parts = numberRow > 0 ? [rows.slice(0, numberRow), rows.slice(numberRow)] : [rows];
  const width = Math.max(...rows.map((row) => row.cells.length));
  writer.blank(rows[0]!.place);
  for (const part of parts) {
    writer.line('|', part[0]!.place);
    for (let column = 0; column < width; column++) {
      if (column > 0) writer.line('|', part[0]!.place);
      for (const row of part) if ((row.cells[column] ?? '') !== '') writer.line(row.cells[column]!, row.place);
    }
    writer.line('|', part.at(-1)!.place);
  }
  writer.line('', rows.at(-1)!.place);
}

/** Columns written one after the other, as a text plan has them; a blank line where a column's lines are far apart (the space for a signature). */
export function writeColumns(rows: ColumnRow[], spacing: number, writer: TextWriter): void {
  const width = Math.max(...rows.map((row) => row.cells.length));
  for (let column = 0; column < width; column++) {
    let above: number | null = null;
    for (const row of rows) {
      const cell = row.cells[column] ?? '';
      if (cell === '') continue;
      if (above === null || above - row.y > 1.4 * spacing) writer.blank(row.place);
      writer.line(cell, row.place);
      above = row.y;
    }
  }
  writer.blank(rows.at(-1)!.place);
}
