import { createHash } from 'node:crypto';
import { LEGACY_ENCODINGS, VIETNAMESE_LETTER, WINDOWS_1258 } from '../patterns/encodings.ts';
import type { MessageLog } from '../messages.ts';

/** A seed decoded to NFC text with LF line ends; line numbers are those of the file. */
export interface SourceText {
  /** Path relative to the project, e.g. `seeds/001_….txt`. */
  path: string;
  sha256: string;
  text: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decode a seed. Anything that is not UTF-8 text is a fatal message naming
 * what it looks like and how to convert it: a wrong guess rendered as
 * mojibake would be published as if it were the document.
 */
export function readSource(path: string, bytes: Uint8Array, log: MessageLog): SourceText | null {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    log.fatal('Unexpected empty file, expected the text of a plan in UTF-8', 1, 'read:empty');
    return null;
  }
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    log.fatal(
      `Unexpected UTF-16 text (${utf16} byte order mark), expected UTF-8; convert it with \`iconv -f UTF-16 -t UTF-8\``,
      1,
      'read:utf16',
    );
    return null;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    log.fatal(`Unexpected binary content (NUL byte at offset ${nul}), expected UTF-8 text`, lineAtByte(bytes, nul), 'read:binary');
    return null;
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    reportLegacyEncoding(body, log);
    return null;
  }
  const mojibake = legacyEncodingOf(latin1Bytes(decoded));
  if (mojibake && countMatches(decoded, VIETNAMESE_LETTER) < mojibake.words / 4) {
    log.fatal(
      `Unexpected text in ${mojibake.encoding.name} saved as UTF-8 (e.g. ${quoteWord(mojibake.example)}), expected Unicode Vietnamese; ${mojibake.encoding.howToConvert}`,
      lineOf(decoded, mojibake.example),
      'read:legacy-encoding',
    );
    return null;
  }
  if (decoded.includes('\r')) log.info('Line ends CRLF or CR read as LF', 1, 'read:line-ends');
  if (decoded !== decoded.normalize('NFC')) log.info('Decomposed (NFD) text normalised to NFC', 1, 'read:nfc');
  const text = decoded.replace(/\r\n?/gu, '\n').replace(/\f/gu, '').normalize('NFC');
  return { path, sha256, text };
}

function reportLegacyEncoding(bytes: Uint8Array, log: MessageLog): void {
  const legacy = legacyEncodingOf(bytes);
  const windows1258 = windows1258Score(bytes);
  if (windows1258 > 0.5 && (!legacy || windows1258 >= 0.5)) {
    log.fatal(`Unexpected ${WINDOWS_1258.name} text, expected UTF-8; ${WINDOWS_1258.howToConvert}`, 1, 'read:legacy-encoding');
    return;
  }
  if (legacy) {
    log.fatal(
      `Unexpected ${legacy.encoding.name} text (e.g. ${quoteWord(legacy.example)}), expected Unicode UTF-8; ${legacy.encoding.howToConvert}`,
      lineAtByte(bytes, legacy.offset),
      'read:legacy-encoding',
    );
    return;
  }
  const offset = firstInvalidUtf8(bytes);
  log.fatal(
    `Unexpected byte 0x${bytes[offset]!.toString(16).toUpperCase()} that is not UTF-8, expected UTF-8 text`,
    { line: lineAtByte(bytes, offset), column: columnAtByte(bytes, offset) },
    'read:not-utf8',
  );
}

interface LegacyGuess {
  encoding: (typeof LEGACY_ENCODINGS)[number];
  words: number;
  example: string;
  offset: number;
}

/** The legacy encoding whose signature matches most words, if enough do. */
function legacyEncodingOf(bytes: Uint8Array): LegacyGuess | null {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const words = latin1.split(/\s+/u).filter(Boolean).length;
  let best: LegacyGuess | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const matches = [...latin1.matchAll(encoding.word)];
    if (matches.length < Math.max(3, words * 0.15)) continue;
    if (!best || matches.length > best.words) {
      best = { encoding, words: matches.length, example: matches[0]![0], offset: matches[0]!.index };
    }
  }
  return best;
}

/** Share of decoded words that carry Vietnamese letters when read as Windows-1258. */
function windows1258Score(bytes: Uint8Array): number {
  let text: string;
  try {
    text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  } catch {
    return 0;
  }
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 0;
  const vietnamese = words.filter((word) => /[\u00C0-\u1EF9]/u.test(word) && !/[\u00A1-\u00BF]/u.test(word)).length;
  const marked = words.filter((word) => /[\u00A1-\u00BF]/u.test(word)).length;
  return marked > vietnamese ? 0 : vietnamese / words.length / 0.3;
}

function utf16ByteOrder(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'FF FE';
  if (startsWith(bytes, [0xfe, 0xff])) return 'FE FF';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}

function countMatches(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix ends just before the first invalid byte.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return Math.min(low, bytes.length - 1);
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function columnAtByte(bytes: Uint8Array, offset: number): number {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  return offset - lineStart + 1;
}

function lineOf(text: string, fragment: string): number {
  const index = text.indexOf(fragment);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

function quoteWord(word: string): string {
  return '`' + word.slice(0, 30) + '`';
}
