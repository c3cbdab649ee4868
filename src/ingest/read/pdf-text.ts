import { columnRows, writeColumns, writeHeader } from './pdf-columns.ts';
import type { PdfLine } from './pdf-lines.ts';
import { TextWriter } from './text-writer.ts';
import { HYPHEN_BREAK, MARKED_LINE, LOWERCASE_OPENING, BOLD_LINE } from '../patterns/office-files.ts';

/** A page's line, numbered on its page from 1; `continues` when it is a drawn table's first row on a page the table ran onto. */
export type NumberedLine = PdfLine & { at: number; continues?: boolean };

/** Where a document's text sits: its line spacing and margins, read over all its pages. */
interface ProseLayout {
  spacing: number;
  margin: number;
  right: number;
}

/**
 * A PDF's lines as the text of a plan: a blank line where a paragraph starts
 * (a wider gap above the line than between lines, or a first-line indent,
 * before a line that does not go on in lower case), drawn tables as markdown
 * tables, columns without rules as the header or read one after the other,
 * and a place per line (`p3:l12`: page 3, its 12th line).
 */
export function pdfText(pages: NumberedLine[][]): { text: string; places: string[] } {
  const writer = new TextWriter();
  const layout = proseLayout(pages);
  let previousLast: PdfLine | undefined;
  joinTablesAcrossPages(pages).forEach((page, index) => {
    writePage(page, index + 1, { layout, previousLast, writer });
    previousLast = page.at(-1) ?? previousLast;
  });
  return writer.result();
}

function writePage(page: NumberedLine[], number: number, context: { layout: ProseLayout; previousLast: PdfLine | undefined; writer: TextWriter }): void {
  const { layout, writer } = context;
  const placeOf = (line: NumberedLine) => `p${number}:l${line.at}`;
  const columns = columnRows(page, layout.spacing);
  // The columns at the head of the first page are the header; others (the recipients beside the signature) are read one after the other.
  const first = number === 1 ? [...columns.keys()][0] : undefined;
  const header = first !== undefined && first <= 2 ? first : null;
  for (let at = 0; at < page.length; at++) {
    const line = page[at]!;
    if (columns.has(at)) {
      const start = at;
      while (columns.has(at + 1)) at++;
      const rows = page.slice(start, at + 1).map((row, index) => ({ cells: columns.get(start + index)!, y: row.y, place: placeOf(row) }));
      if (start === header) writeHeader(rows, writer);
      else writeColumns(rows, layout.spacing, writer);
    } else if (line.table) writeTableRow(page, at, placeOf(line), writer);
    else writeProse(line, at === 0 ? undefined : page[at - 1], at === 0 ? context.previousLast : undefined, placeOf(line), layout, writer);
  }
}

/** A drawn table's row, as a markdown table's: the delimiter row under the first, a blank line after the last. */
function writeTableRow(page: NumberedLine[], at: number, place: string, writer: TextWriter): void {
  const line = page[at]!;
  const table = line.table!.id;
  const opens = table !== page[at - 1]?.table?.id && !(at === 0 && line.continues === true);
  if (opens) writer.blank(place);
  writer.line(line.text, place);
  if (opens) writer.line(`|${' --- |'.repeat(line.table!.cells.length)}`, place);
  if (page[at + 1] !== undefined && page[at + 1]!.table?.id !== table) writer.line('', place);
}

/** A line of text: it opens a paragraph, or goes on the one above (a wrapped bold heading staying one bold span, a word broken after its hyphen joined). */
function writeProse(line: PdfLine, above: PdfLine | undefined, lastOfPageBefore: PdfLine | undefined, place: string, layout: ProseLayout, writer: TextWriter): void {
  const { spacing, margin, right } = layout;
  // A line centred between the margins under another (a title set on several lines) goes on it.
  const centred = (other: PdfLine) => other.x > margin + other.height && Math.abs((other.x + other.end) / 2 - (margin + right) / 2) < other.height;
  const full = (other: PdfLine) => other.end >= right - other.height;
  const title = above !== undefined && !above.table && centred(above) && centred(line);
  const indented = line.x > margin + 0.8 * line.height && !title;
  // Lower case goes on the paragraph, unless it is a list letter (`a)`, `đ.`).
  const lowerCase = LOWERCASE_OPENING.test(line.text);
  // A page's first line goes on the page before when that one's last line ran to the right margin.
  const turned = lastOfPageBefore !== undefined && !lastOfPageBefore.table && full(lastOfPageBefore) && !indented;
  const opens = !lowerCase && (above ? above.table !== undefined || above.y - line.y > 1.25 * spacing || indented : !turned);
  if (opens) {
    writer.blank(place);
    writer.line(line.text, place);
    return;
  }
  if (writer.last === '') writer.line(line.text, place);
  else if (HYPHEN_BREAK.test(writer.last)) writer.last += line.text;
  // A line wrapped from a full one that starts like a list item (`chính trị` / `- xã hội`) stays on it.
  else if (MARKED_LINE.test(line.text) && above !== undefined && full(above)) writer.last += ` ${line.text}`;
  else if (BOLD_LINE.test(line.text) && closesBold(writer.last)) {
    writer.last = writer.last.slice(0, -2);
    writer.line(line.text.slice(2), place);
  } else writer.line(line.text, place);
}

/** Whether a line ends a bold span that holds the whole paragraph so far: `**a b**`, or `c d**` under `**a b`. */
function closesBold(line: string): boolean {
  return BOLD_LINE.test(line) || (line.endsWith('**') && line.indexOf('**') === line.length - 2);
}

/**
 * The document's line spacing (the median gap between two lines of text), its
 * left margin (where most lines start: a wrapped paragraph's lines) and its
 * right one (where most end: justified lines), read over all its pages, since
 * one page may hold only short indented paragraphs.
 */
function proseLayout(pages: PdfLine[][]): ProseLayout {
  const prose = pages.map((page) => page.filter((line) => !line.table));
  const gaps = prose.flatMap((lines) => lines.slice(1).map((line, at) => lines[at]!.y - line.y)).filter((gap) => gap > 0).sort((a, b) => a - b);
  const mostCommon = (positions: number[]) => {
    const counts = new Map<number, number>();
    for (const position of positions) counts.set(Math.round(position), (counts.get(Math.round(position)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  };
  const lines = prose.flat();
  return { spacing: gaps[Math.floor(gaps.length / 2)] ?? 0, margin: mostCommon(lines.map((line) => line.x)), right: mostCommon(lines.map((line) => line.end)) };
}

/**
 * A drawn table that runs onto the next page goes on there: its first row
 * there is marked as continuing it, a header row repeated on the new page is
 * dropped, and a row broken by the page (its first cell, the number, empty)
 * is joined to the row it finishes.
 */
function joinTablesAcrossPages(pages: NumberedLine[][]): NumberedLine[][] {
  let head = '';
  return pages.map((page, index) => {
    const previous = pages[index - 1]?.at(-1);
    const open = previous?.table ? previous : undefined;
    const kept: NumberedLine[] = [];
    for (const line of page) {
      const first = kept.length === 0;
      if (line.table && !(first && open)) head = kept.at(-1)?.table?.id === line.table.id ? head : line.text;
      if (!first || !open || !line.table || line.table.cells.length !== open.table!.cells.length) {
        kept.push(line);
        continue;
      }
      if (line.text === head) continue;
      if (line.table.cells[0] === '') {
        open.table!.cells = open.table!.cells.map((cell, column) => `${cell} ${line.table!.cells[column]}`.trim());
        open.text = `| ${open.table!.cells.join(' | ')} |`;
        continue;
      }
      kept.push({ ...line, continues: true });
    }
    return kept;
  });
}
