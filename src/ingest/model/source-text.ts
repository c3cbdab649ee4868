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
