import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isVietnameseSyllable } from '../patterns/syllable.ts';
import type { PdfLine } from './pdf-lines.ts';

/**
 * A PDF's text layer as the lines of a text plan (pdf-lines.ts reads it, in
 * a child process): running heads and page numbers left out, a blank line
 * where a paragraph starts (a wider gap above the line than between the
 * page's lines, or a first-line indent, before a line that does not go on in
 * lower case), a place per line (`p3:l12`: page 3, its 12th line). A PDF that gives no text, or text
 * that is not Vietnamese (fonts without a Unicode map give `6Ӣ CÔNG 7+ѬѪ1*`
 * for `SỞ CÔNG THƯƠNG`), is refused before anything is extracted from it.
 */
export interface PdfText {
  text: string;
  places: string[];
}

export class PdfError extends Error {}

const WORKER = fileURLToPath(new URL('./pdf-lines.ts', import.meta.url));
const HOW_TO = 'export the text from the source document (save it as .docx), or OCR the scan';

export function readPdf(bytes: Uint8Array): PdfText {
  const run = spawnSync(process.execPath, [WORKER], { input: bytes, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (run.status !== 0) throw new PdfError(`a PDF that could not be opened (${run.stderr.split('\n')[0] ?? 'no reason given'}): ${HOW_TO}`);
  const read = JSON.parse(run.stdout) as { pages: PdfLine[][] } | { error: 'password' | 'unreadable' };
  if ('error' in read) {
    throw new PdfError(read.error === 'password' ? 'a password-protected PDF: save it again without a password' : `a damaged PDF: ${HOW_TO}`);
  }
  const pages = withoutRunningLines(read.pages);
  const words = pages.flat().map((line) => line.text).join(' ');
  if (words.replace(/[\s|]/gu, '') === '') throw new PdfError(`a PDF without a text layer (a scan): ${HOW_TO}`);
  checkReadable(words);
  const text: string[] = [];
  const places: string[] = [];
  pages.forEach((page, index) => {
    const gaps = page.slice(1).map((line, at) => page[at]!.y - line.y).filter((gap) => gap > 0).sort((a, b) => a - b);
    const spacing = gaps[Math.floor(gaps.length / 2)] ?? 0;
    const margin = Math.min(...page.map((line) => line.x));
    const tables = layoutTables(page, spacing);
    page.forEach((line, at) => {
      const place = `p${index + 1}:l${line.at}`;
      const above = page[at - 1];
      const table = tables.get(at);
      const inTable = table !== undefined && above !== undefined && tables.get(at - 1) !== undefined;
      const opens = !inTable && (table !== undefined || (!/^\p{Ll}/u.test(line.text) && (!above || above.y - line.y > 1.4 * spacing || line.x > margin + 0.8 * line.height)));
      if (opens && text.length > 0 && text.at(-1) !== '') {
        text.push('');
        places.push(place);
      }
      text.push(table ?? line.text);
      places.push(place);
      // A table's delimiter row, as markdown needs it under the first row.
      if (table !== undefined && !inTable) {
        text.push(`|${' --- |'.repeat(table.split(' | ').length)}`);
        places.push(place);
      }
      if (table !== undefined && tables.get(at + 1) === undefined && at + 1 < page.length) {
        text.push('');
        places.push(place);
      }
    });
  });
  return { text: `${text.join('\n')}\n`, places };
}

/**
 * Lines laid out in columns (the issuer beside the motto, the number beside
 * the place and date) as rows of one markdown table, as a text plan copies a
 * header: a line in columns opens or extends a table, and a line of one
 * piece close under it that falls within one column's span is that column's
 * next row (`Độc lập - Tự do - Hạnh phúc` under the motto). Keyed by line index.
 */
function layoutTables(page: PdfLine[], spacing: number): Map<number, string> {
  const rows = new Map<number, string>();
  let columns: Array<{ x: number; end: number }> | null = null;
  page.forEach((line, at) => {
    if (line.cells.length > 1) {
      columns = line.cells.map(({ x, end }) => ({ x, end }));
      rows.set(at, line.text);
      return;
    }
    const above = page[at - 1];
    const within = columns?.filter((column) => line.x >= column.x - line.height && line.x + 1 <= column.end + line.height) ?? [];
    if (columns && above && rows.has(at - 1) && above.y - line.y <= 1.4 * spacing && within.length === 1) {
      const cells = columns.map((column) => (column === within[0] ? line.text : ''));
      rows.set(at, `| ${cells.join(' | ')} |`);
    } else columns = null;
  });
  return rows;
}

/** Unreadable fonts give letters of other scripts, or Latin letters that form no Vietnamese syllable. */
function checkReadable(text: string): void {
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  const foreign = [...text.matchAll(/(?![\p{Script=Latin}])\p{L}/gu)].map((match) => match[0]);
  if (foreign.length > letters * 0.02) {
    throw new PdfError(`the text layer is unreadable (letters such as ${[...new Set(foreign)].slice(0, 3).join(' ')} where Vietnamese is printed): fonts without a Unicode map; ${HOW_TO}`);
  }
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  const syllables = words.filter(isVietnameseSyllable).length;
  if (words.length >= 20 && syllables < words.length * 0.5) {
    throw new PdfError(`the text layer is unreadable (${syllables} of ${words.length} words read as Vietnamese): fonts without a Unicode map; ${HOW_TO}`);
  }
}

/** Each page's lines, numbered, without the page number and a running head repeated at the top of the pages. */
function withoutRunningLines(pages: PdfLine[][]): Array<Array<PdfLine & { at: number }>> {
  const firsts = pages.map((page) => page[0]?.text ?? '');
  const running = (line: string) => /^\s*-?\s*\d{1,3}\s*-?\s*$/u.test(line);
  return pages.map((page, index) =>
    page
      .map((line, at) => ({ ...line, at: at + 1 }))
      .filter(({ text, at }) => {
        const edge = at === 1 || at === page.length;
        if (edge && running(text)) return false;
        // The same first line on most pages after the first is a running head.
        return !(at === 1 && index > 0 && pages.length > 2 && firsts.filter((first) => first === text).length >= pages.length - 1);
      }),
  );
}
