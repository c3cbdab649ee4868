/**
 * The lines of a PDF's text layer, page by page, as its page shows them:
 * pieces on one baseline joined left to right, a gap wider than a few
 * letters between two pieces a new column (`| BỘ XÂY DỰNG | CỘNG HÒA … |`,
 * as a header in two columns is written in a text plan), each with where it
 * starts and its baseline. A table drawn with rules (pdf-grid.ts) gives a
 * line per row, its cells those the rules draw. Run as a child process (pdf.js is asynchronous;
 * the ingest is not): the PDF on stdin, on stdout `{ pages: [[line, …], …] }`
 * or `{ error: 'password' | 'unreadable' }`.
 */
import { fileURLToPath } from 'node:url';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { gridsOf, paintedShapes, visible, type Operators, type Piece } from './pdf-grid.ts';
import { oneSpaced, squeezed, EDGE_SPACES, SPACE_END } from '../patterns/text.ts';
import { BOLD_FONT, FONT_SUBSET_PREFIX, HYPHEN_BREAK } from '../patterns/office-files.ts';

/** A gap wider than this many times the text's height between two pieces on a line starts a new column. */
const COLUMN_GAP = 2.5;
/** Pieces whose baselines differ by less than this share of the text's height are on one line. */
const SAME_LINE = 0.4;
/** Pieces a column apart whose baselines differ by less than this share of the height are still on one line. */
const BESIDE_LINE = 0.8;

export interface PdfLine {
  /** The line as a text plan writes it: `| a | b |` for pieces in columns. */
  text: string;
  /** Its columns, where it has more than one: each one's words and span. */
  cells: Array<{ text: string; x: number; end: number }>;
  /** Where the line starts and ends, and its baseline, in points from the page's left and bottom; the text's height. */
  x: number;
  end: number;
  y: number;
  height: number;
  /** The drawn table the line is a row of (numbered on its page from 1), and the row's cells. */
  table?: { id: number; cells: string[] };
}

export async function pdfLines(
  bytes: Uint8Array,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<{ pages: PdfLine[][] } | { error: 'password' | 'unreadable' } | { error: 'pages'; pages: number }> {
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (error) {
    return { error: (error as { name?: string }).name === 'PasswordException' ? 'password' : 'unreadable' };
  }
  // Counted before a page is read: a file of ten thousand pages is no plan.
  if (pdf.numPages > maxPages) return { error: 'pages', pages: pdf.numPages };
  const { OPS } = await getResolvedPDFJS();
  const pages: PdfLine[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    // The operator list first: it loads the page's fonts, whose names say which are bold.
    const operators = await page.getOperatorList();
    const content = await page.getTextContent();
    const bold = (fontName: string | undefined) => {
      const font = fontName && page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }) : null;
      return BOLD_FONT.test(font?.name?.replace(FONT_SUBSET_PREFIX, '') ?? '');
    };
    const allPieces = (content.items as Array<{ str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }>)
      .filter((item) => item.str !== undefined && item.str.trim() !== '' && item.transform)
      .map((item): Piece => ({ x: item.transform![4]!, y: item.transform![5]!, end: item.transform![4]! + (item.width ?? 0), text: item.str!, height: item.height || 10, bold: bold(item.fontName) }));
    const shapes = paintedShapes(operators, OPS as unknown as Operators);
    // Drawn outside the area the whole page is clipped to (a tall accent cut off at the foot of the page before the line it
    // belongs to): not seen, not read. Smaller clips (round a picture, a stamp) say nothing of the text.
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    const pageClips = shapes.clips.filter((clip) => (clip.x1 - clip.x0) * (clip.y1 - clip.y0) >= 0.5 * (right - left) * (top - bottom));
    const pieces = allPieces.filter((piece) => visible(piece, pageClips));
    const grids = gridsOf(shapes.rules, pieces, cellText);
    const rows = grids.flatMap((grid, index) =>
      grid.rows.map((row): PdfLine => ({ text: `| ${row.cells.join(' | ')} |`, cells: [], x: grid.left, end: grid.left, y: row.top, height: 0, table: { id: index + 1, cells: row.cells } })),
    );
    const read = new Set(grids.flatMap((grid) => [...grid.read]));
    const lines = linesOf(pieces.filter((piece) => !read.has(piece)));
    pages.push([...lines, ...rows].sort((a, b) => b.y - a.y || (a.table?.id ?? 0) - (b.table?.id ?? 0)));
  }
  return { pages };
}

/** A cell's lines joined as one, as a Word cell's paragraphs are; a line broken after a hyphen inside a word (`71-` / `NQ/TW`) joined without a space. */
function cellText(pieces: Piece[]): string {
  const text = linesOf(pieces, { emphasis: false })
    .map((line) => (line.cells.length > 0 ? line.cells.map((cell) => cell.text).join(' ') : line.text))
    .reduce((text, line) => (text === '' ? line : HYPHEN_BREAK.test(text) ? `${text}${line}` : `${text} ${line}`), '');
  return squeezed(text);
}

/**
 * A piece a little lower than a row but a column away from all its pieces (or
 * on the baseline of those it is near) is in that row's other column (`Nơi nhận:` beside `KT. BỘ TRƯỞNG`, set in
 * another size): a signature block's columns are not aligned on one baseline.
 */
function besideIn(row: Piece[], piece: Piece): boolean {
  const gap = COLUMN_GAP * piece.height;
  const apart = (other: Piece) => piece.x - other.end > gap || other.x - piece.end > gap || Math.abs(other.y - piece.y) < SAME_LINE * piece.height;
  return Math.abs(row[0]!.y - piece.y) < BESIDE_LINE * piece.height && row.every(apart);
}

/**
 * Pieces on one baseline as a line, left to right; a gap wider than a few
 * letters starts a new column. With `emphasis`, bold words are written
 * `**so**`, as a text plan writes them.
 */
function linesOf(pieces: Piece[], { emphasis }: { emphasis: boolean } = { emphasis: true }): PdfLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    if (row && (Math.abs(row[0]!.y - piece.y) < SAME_LINE * piece.height || besideIn(row, piece))) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => {
    const cells: Array<{ runs: Array<{ text: string; bold: boolean }>; x: number; end: number }> = [];
    let last: Piece | null = null;
    for (const piece of row.sort((a, b) => a.x - b.x)) {
      const cell = cells.at(-1);
      const bold = emphasis && piece.bold === true;
      if (!cell || (last && piece.x - last.end > COLUMN_GAP * piece.height)) cells.push({ runs: [{ text: piece.text, bold }], x: piece.x, end: piece.end });
      else {
        const space = last && piece.x - last.end > 0.15 * piece.height && !SPACE_END.test(cell.runs.at(-1)!.text) ? ' ' : '';
        const run = cell.runs.at(-1)!;
        if (run.bold === bold) run.text += space + piece.text;
        else cell.runs.push({ text: space + piece.text, bold });
        cell.end = piece.end;
      }
      last = piece;
    }
    const kept = cells.map(({ runs, x, end }) => ({ text: written(runs), x, end })).filter((cell) => cell.text !== '');
    const text = kept.length > 1 ? `| ${kept.map((cell) => cell.text).join(' | ')} |` : (kept[0]?.text ?? '');
    return { text, cells: kept.length > 1 ? kept : [], x: row[0]!.x, end: Math.max(...row.map((piece) => piece.end)), y: row[0]!.y, height: Math.max(...row.map((piece) => piece.height)) };
  });
}

/** Runs of text, the bold ones between `**`, spaces kept outside the marks. */
function written(runs: Array<{ text: string; bold: boolean }>): string {
  return runs
    .map(({ text, bold }) => {
      const words = oneSpaced(text);
      if (!bold || words.trim() === '') return words;
      const [, before, inner, after] = EDGE_SPACES.exec(words)!;
      return `${before}**${inner}**${after}`;
    })
    .join('')
    .trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(JSON.stringify(await pdfLines(new Uint8Array(Buffer.concat(chunks)), Number(process.argv[2] ?? Number.POSITIVE_INFINITY))));
}
