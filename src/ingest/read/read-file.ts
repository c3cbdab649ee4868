import { createHash } from 'node:crypto';
import type { MessageLog } from '../messages.ts';
import { readSource } from './read-source.ts';
import type { SourceText } from '../model/source-text.ts';
import { DocxError, readDocx } from './read-docx.ts';
import { PdfError, readPdf } from './read-pdf.ts';
import { PDF_FILE, WORD_FILE } from '../patterns/office-files.ts';
import { TooLargeError } from './read-limits.ts';

/** Files read out of another format: their reader, and the error it throws for a file it cannot read right. */
const READERS = [
  { extension: WORD_FILE, read: readDocx, failure: DocxError, rule: 'read:docx' },
  { extension: PDF_FILE, read: readPdf, failure: PdfError, rule: 'read:pdf' },
] as const;

/**
 * A plan's file as text lines, whatever it came as: a Word file or a PDF is
 * read out (read-docx.ts, read-pdf.ts) and its messages name paragraphs
 * (`plan.docx:¶41`) or page and line (`plan.pdf:p3:l12`) instead of lines.
 * Anything that cannot be read right is a fatal message saying why and what
 * to do.
 */
export function readPlanFile(path: string, bytes: Uint8Array, log: MessageLog): SourceText | null {
  const reader = READERS.find((candidate) => candidate.extension.test(path));
  if (!reader) return readSource(path, bytes, log);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const { text, places, notes = [] } = reader.read(bytes) as { text: string; places: string[]; notes?: string[] };
    for (const note of notes) log.warn(`Unexpected XML in the file's ${note}; read as the parser recovered it`, 1, reader.rule as `${string}:${string}`);
    log.places = places;
    return { path, sha256, bytes: bytes.length, text: text.normalize('NFC'), places };
  } catch (error) {
    if (error instanceof TooLargeError) {
      log.fatal(`Unexpected file ${error.message}, expected a plan: it is not read`, 1, 'read:limit');
      return null;
    }
    if (!(error instanceof reader.failure)) throw error;
    log.fatal(`Unexpected ${error.message}`, 1, reader.rule as `${string}:${string}`);
    return null;
  }
}
