/** The byte-order mark that makes Excel read a CSV file as UTF-8 (and keep the Vietnamese). */
const BOM = '\uFEFF';

/** A table as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a quote, comma or line break. */
export function toCsv(headers: string[], rows: Array<Array<string | number | null>>): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return BOM + [headers, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
