/**
 * The lines of a PDF's text layer, page by page, as its page shows them:
 * pieces on one baseline joined left to right, a gap wider than a few
 * letters between two pieces a new column (`| BỘ XÂY DỰNG | CỘNG HÒA … |`,
 * as a header in two columns is written in a text plan), each with where it
 * starts and its baseline. Run as a child process (pdf.js is asynchronous;
 * the ingest is not): the PDF on stdin, on stdout `{ pages: [[line, …], …] }`
 * or `{ error: 'password' | 'unreadable' }`.
 */
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';

interface Piece {
  x: number;
  y: number;
  end: number;
  text: string;
  height: number;
}

/** A gap wider than this many times the text's height between two pieces on a line starts a new column. */
const COLUMN_GAP = 2.5;
/** Pieces whose baselines differ by less than this share of the text's height are on one line. */
const SAME_LINE = 0.4;

export interface PdfLine {
  /** The line as a text plan writes it: `| a | b |` for pieces in columns. */
  text: string;
  /** Its columns, where it has more than one: each one's words and span. */
  cells: Array<{ text: string; x: number; end: number }>;
  /** Where the line starts, and its baseline, in points from the page's left and bottom; the text's height. */
  x: number;
  y: number;
  height: number;
}

export async function pdfLines(bytes: Uint8Array): Promise<{ pages: PdfLine[][] } | { error: 'password' | 'unreadable' }> {
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (error) {
    return { error: (error as { name?: string }).name === 'PasswordException' ? 'password' : 'unreadable' };
  }
  const pages: PdfLine[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const pieces = (content.items as Array<{ str?: string; transform?: number[]; width?: number; height?: number }>)
      .filter((item) => item.str !== undefined && item.str.trim() !== '' && item.transform)
      .map((item): Piece => ({ x: item.transform![4]!, y: item.transform![5]!, end: item.transform![4]! + (item.width ?? 0), text: item.str!, height: item.height || 10 }));
    pages.push(linesOf(pieces));
  }
  return { pages };
}

function linesOf(pieces: Piece[]): PdfLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - piece.y) < SAME_LINE * piece.height) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => {
    const cells: Array<{ text: string; x: number; end: number }> = [];
    let last: Piece | null = null;
    for (const piece of row.sort((a, b) => a.x - b.x)) {
      const cell = cells.at(-1);
      if (!cell || (last && piece.x - last.end > COLUMN_GAP * piece.height)) cells.push({ text: piece.text, x: piece.x, end: piece.end });
      else {
        cell.text += (last && piece.x - last.end > 0.15 * piece.height && !/\s$/u.test(cell.text) ? ' ' : '') + piece.text;
        cell.end = piece.end;
      }
      last = piece;
    }
    const kept = cells.map((cell) => ({ ...cell, text: cell.text.replace(/\s+/gu, ' ').trim() })).filter((cell) => cell.text !== '');
    const text = kept.length > 1 ? `| ${kept.map((cell) => cell.text).join(' | ')} |` : (kept[0]?.text ?? '');
    return { text, cells: kept.length > 1 ? kept : [], x: row[0]!.x, y: row[0]!.y, height: Math.max(...row.map((piece) => piece.height)) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(JSON.stringify(await pdfLines(new Uint8Array(Buffer.concat(chunks)))));
}
