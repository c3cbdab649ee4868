import { createHash } from 'node:crypto';
import {
  LEGACY_ENCODINGS,
  VIETNAMESE_LETTER,
  BEYOND_LATIN1,
  CARRIAGE_RETURN,
  FORM_FEED,
  GENERAL_PUNCTUATION,
  LATIN1_HIGH,
  UTF8_AS_LATIN1,
} from '../patterns/encodings.ts';
import type { MessageLog } from '../messages.ts';
import type { SourceText } from '../model/source-text.ts';
import { wordsIn } from '../patterns/text.ts';

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
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) {
    log.fatal(
      `Unexpected ${unmarked} text without a byte order mark (every other byte is NUL), expected UTF-8; convert it with \`iconv -f ${unmarked} -t UTF-8\``,
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
  const mojibake = LATIN1_HIGH.test(decoded) && !BEYOND_LATIN1.test(decoded.replace(GENERAL_PUNCTUATION, ''))
    ? legacyEncodingOf(latin1Bytes(decoded))
    : null;
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
  const text = decoded.replace(CARRIAGE_RETURN, '\n').replace(FORM_FEED, '').normalize('NFC');
  return { path, sha256, bytes: bytes.length, text };
}

function reportLegacyEncoding(bytes: Uint8Array, log: MessageLog): void {
  const invalidAt = firstInvalidUtf8(bytes);
  // Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not another encoding.
  const legacy = utf8Sequences(bytes) > invalidBytes(bytes) ? null : legacyEncodingOf(bytes);
  if (legacy) {
    log.fatal(
      `Unexpected ${legacy.encoding.name} text (e.g. ${quoteWord(legacy.example)}), expected Unicode UTF-8; ${legacy.encoding.howToConvert}`,
      lineAtByte(bytes, legacy.offset),
      'read:legacy-encoding',
    );
    return;
  }
  log.fatal(
    `Unexpected byte 0x${bytes[invalidAt]!.toString(16).toUpperCase()} that is not UTF-8, expected UTF-8 text`,
    { line: lineAtByte(bytes, invalidAt), column: columnAtByte(bytes, invalidAt) },
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
  const latin1 = latin1Text(bytes);
  const words = wordsIn(latin1).length;
  let best: LegacyGuess | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const matches = [...latin1.matchAll(encoding.word)];
    if (matches.length < Math.max(2, words * 0.1)) continue;
    if (!best || matches.length > best.words) {
      best = { encoding, words: matches.length, example: matches[0]![0], offset: matches[0]!.index };
    }
  }
  return best;
}

/** One character per byte, so that offsets are byte offsets. */
function latin1Text(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Well-formed multi-byte UTF-8 sequences. */
function utf8Sequences(bytes: Uint8Array): number {
  return (latin1Text(bytes).match(UTF8_AS_LATIN1) ?? [])
    .length;
}

function invalidBytes(bytes: Uint8Array): number {
  return bytes.filter((byte) => byte >= 0x80).length - 2 * utf8Sequences(bytes);
}

function utf16ByteOrder(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'FF FE';
  if (startsWith(bytes, [0xfe, 0xff])) return 'FE FF';
  return null;
}

/**
 * UTF-16 saved without its mark: Vietnamese text in UTF-16 has a NUL in most
 * code units (every ASCII letter, space and line end), on the odd bytes for
 * little-endian, on the even ones for big-endian. A binary file has no such rhythm.
 */
function utf16WithoutMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = bytes.subarray(0, UTF16_SAMPLE_BYTES);
  const units = Math.floor(sample.length / 2);
  if (units < 2) return null;
  let even = 0;
  let odd = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) even++;
    if (sample[index + 1] === 0) odd++;
  }
  if (odd >= units * UTF16_NUL_SHARE && even <= units * 0.05) return 'UTF-16LE';
  if (even >= units * UTF16_NUL_SHARE && odd <= units * 0.05) return 'UTF-16BE';
  return null;
}

const UTF16_SAMPLE_BYTES = 4096;
/** Share of code units with a NUL byte that makes a text UTF-16 (ASCII letters, spaces and line ends). */
const UTF16_NUL_SHARE = 0.3;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}

function countMatches(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return bytes.length - 1;
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
