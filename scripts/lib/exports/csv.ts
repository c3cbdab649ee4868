import type { Cell, Table } from './tables.ts';

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (and keep the Vietnamese). */
const BOM = '\uFEFF';

/** What a spreadsheet would run as a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, a tab or a carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A table as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a
 * quote, comma or line break; dates as ISO dates, links as their address; a
 * text a spreadsheet would read as a formula starts with `'`, which shows it
 * as text.
 */
export function toCsv(table: Pick<Table, 'headers' | 'rows'>): string {
  const field = (cell: Cell) => {
    const text = textOf(cell);
    const safe = typeof cell === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
    return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return BOM + [table.headers, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function textOf(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'date' in cell ? cell.date : cell.link;
  return String(cell);
}
