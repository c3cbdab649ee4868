/**
 * Signatures of the legacy Vietnamese encodings office tools still produce,
 * read on a file's bytes viewed as Latin-1 (one character per byte). Each
 * matches one word written in that encoding; the encoding whose signature
 * matches the most words names the file in the message.
 */

export interface LegacyEncoding {
  name: string;
  /** How to convert it, shown in the message. */
  howToConvert: string;
  /** Matches one word written in the encoding, read as Latin-1. */
  word: RegExp;
}

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  {
    name: 'TCVN3 (ABC)',
    howToConvert:
      'convert it to Unicode with a Vietnamese converter (UniKey: TCVN3 → Unicode, or `iconv -f TCVN5712-1 -t UTF-8`), then save as UTF-8',
    // Toned vowels and đ sit on the symbol bytes 0xA1–0xBF: `KÕ ho¹ch`, `gi¸o dôc`, `®µo t¹o`.
    word: /[A-Za-z\u00C0-\u00FF]*(?:[A-Za-z][\u00A1-\u00BF]|[\u00A1-\u00BF][A-Za-z])[A-Za-z\u00A1-\u00FF]*/gu,
  },
  {
    name: 'VNI',
    howToConvert: 'convert it to Unicode with a Vietnamese converter (UniKey: VNI Windows → Unicode), then save as UTF-8',
    // A Latin vowel then a mark byte no Vietnamese letter uses: `hoaïch`, `trieån`, `ñaøo`.
    word: /[A-Za-z]*[aeiouyAEIOUY][\u00F8\u00FB\u00EF\u00E5\u00D8\u00DB\u00CF\u00C5][A-Za-z]*|[\u00F1\u00D1][a-zA-Z]+/gu,
  },
  {
    name: 'Windows-1258',
    howToConvert: 'convert it with `iconv -f WINDOWS-1258 -t UTF-8 input.txt > output.txt`',
    // Base letter then a separate tone byte (0xCC 0xEC 0xD2 0xDE 0xF2): `Kê\u00ECho`, `ð` for đ.
    word: /[A-Za-z\u00C0-\u00FF]*[aeiouyAEIOUY\u00E2\u00EA\u00F4\u00E3\u00F5\u00FD\u00C2\u00CA\u00D4\u00C3\u00D5\u00DD][\u00CC\u00EC\u00D2\u00DE\u00F2][A-Za-z]*|\u00F0[a-z]+/gu,
  },
];

/** Letters only Vietnamese uses: text with many of these is Unicode Vietnamese. */
export const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u1EA0-\u1EF9]/gu;

/** A character of Latin-1's upper half (`Ã`, `Â`): UTF-8 read as Latin-1 is full of them. */
export const LATIN1_HIGH = /[\u0080-\u00FF]/u;

/** A character beyond Latin-1: Vietnamese text decoded right has many. */
export const BEYOND_LATIN1 = /[\u0100-\uFFFF]/u;

/** Typographic punctuation (`…`, `“`, `–`), found in any decoding. */
export const GENERAL_PUNCTUATION = /[\u2000-\u206F]/gu;

/** A Windows or old Mac line end. */
export const CARRIAGE_RETURN = /\r\n?/gu;

/** A form feed a converter leaves at a page break. */
export const FORM_FEED = /\f/gu;

/** A UTF-8 sequence read as Latin-1 (`Ã©` for `é`): the mark of a file decoded twice. */
export const UTF8_AS_LATIN1 = /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/gu;
