/**
 * A text's words as a version is told apart by: no byte-order mark, LF line
 * ends, no spaces at line ends, no blank lines at the end, NFC. Two files that
 * differ only there are one version of a document.
 */
export function wordsOf(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t\f]+$/gmu, '')
    .replace(/\n+$/u, '')
    .normalize('NFC');
}

/** The same, from a file's bytes (the archived texts are UTF-8). */
export function wordsOfBytes(bytes: Uint8Array): string {
  return wordsOf(new TextDecoder('utf-8').decode(bytes));
}
