import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isVietnameseSyllable } from '../patterns/syllable.ts';
import type { PdfLine } from './pdf-lines.ts';
import { pdfText, type NumberedLine } from './pdf-text.ts';
import { BLANK_OR_RULE, NON_LATIN_LETTER, PAGE_NUMBER_LINE } from '../patterns/office-files.ts';
import { LETTER, NOT_LETTERS } from '../patterns/text.ts';
import { READ_LIMITS, TooLargeError } from './read-limits.ts';

export interface PdfText {
  text: string;
  places: string[];
}

export class PdfError extends Error {}

const WORKER = fileURLToPath(new URL('./pdf-lines.ts', import.meta.url));
const HOW_TO = 'export the text from the source document (save it as .docx), or OCR the scan';

/**
 * A PDF's text layer as the lines of a text plan: pdf-lines.ts reads its
 * lines and drawn tables in a child process, running heads and page numbers
 * are left out, and pdf-text.ts writes the rest as a text plan has it. A PDF
 * that asks for a password, gives no text, or text that is not Vietnamese
 * (fonts without a Unicode map give `6Ӣ CÔNG 7+ѬѪ1*` for `SỞ CÔNG
 * THƯƠNG`), is refused before anything is extracted from it.
 */
export function readPdf(bytes: Uint8Array): PdfText {
  const run = spawnSync(process.execPath, [WORKER, String(READ_LIMITS.pdfPages)], {
    input: bytes,
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
    timeout: READ_LIMITS.pdfMilliseconds,
    killSignal: 'SIGKILL',
  });
  if (run.signal === 'SIGKILL') throw new TooLargeError(`too slow to read: a PDF not read within ${READ_LIMITS.pdfMilliseconds / 1000} s`);
  if (run.status !== 0) throw new PdfError(`a PDF that could not be opened (${run.stderr.split('\n')[0] ?? 'no reason given'}): ${HOW_TO}`);
  const read = JSON.parse(run.stdout) as { pages: PdfLine[][] } | { error: 'password' | 'unreadable' } | { error: 'pages'; pages: number };
  if ('error' in read) {
    if (read.error === 'pages') throw new TooLargeError(`too large: a PDF of ${read.pages} pages, more than ${READ_LIMITS.pdfPages} (not one plan)`);
    throw new PdfError(read.error === 'password' ? 'a password-protected PDF: save it again without a password' : `a damaged PDF: ${HOW_TO}`);
  }
  const pages = withoutRunningLines(read.pages);
  const words = pages.flat().map((line) => line.text).join(' ');
  if (words.replace(BLANK_OR_RULE, '') === '') throw new PdfError(`a PDF without a text layer (a scan): ${HOW_TO}`);
  checkReadable(words);
  return pdfText(pages);
}

/** Unreadable fonts give letters of other scripts, or Latin letters that form no Vietnamese syllable. */
function checkReadable(text: string): void {
  const letters = [...text.matchAll(LETTER)].length;
  const foreign = [...text.matchAll(NON_LATIN_LETTER)].map((match) => match[0]);
  if (foreign.length > letters * 0.02) {
    throw new PdfError(`the text layer is unreadable (letters such as ${[...new Set(foreign)].slice(0, 3).join(' ')} where Vietnamese is printed): fonts without a Unicode map; ${HOW_TO}`);
  }
  const words = text.split(NOT_LETTERS).filter((word) => word.length > 1);
  const syllables = words.filter(isVietnameseSyllable).length;
  if (words.length >= 20 && syllables < words.length * 0.5) {
    throw new PdfError(`the text layer is unreadable (${syllables} of ${words.length} words read as Vietnamese): fonts without a Unicode map; ${HOW_TO}`);
  }
}

/** Each page's lines, numbered, without the page number and a running head repeated at the top of the pages. */
function withoutRunningLines(pages: PdfLine[][]): NumberedLine[][] {
  const firsts = pages.map((page) => page[0]?.text ?? '');
  const running = (line: string) => PAGE_NUMBER_LINE.test(line);
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
