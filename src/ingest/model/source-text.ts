import type { VersionEntry } from '../../schema/index.ts';
import type { Origin, Severity } from '../messages.ts';

/** A seed decoded to NFC text with LF line ends; line numbers are those of the file. */
export interface SourceText {
  /** Path relative to the project, e.g. `seeds/001_….txt`. */
  path: string;
  sha256: string;
  /** Size of the file as read, in bytes. */
  bytes: number;
  text: string;
  /** For a file read out of another format (a Word file), where each line of `text` is there: `¶41`. */
  places?: string[];
}

/** A text data/versions.json archived for a published document, read, or why it cannot be. */
export interface ArchivedText {
  document: string;
  entry: VersionEntry;
  /** As messages name it: `data/versions/….txt`. */
  path: string;
  /** Its bytes; null when it cannot be read (`problem` says why). */
  bytes: Uint8Array | null;
  problem: { severity: Severity; reason: string; origin: Origin } | null;
}
