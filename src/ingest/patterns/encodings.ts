/**
 * Signatures of the legacy Vietnamese encodings that office tools still
 * produce. Each is read on the raw bytes of a file that is not valid UTF-8
 * (or on text that is valid UTF-8 but was converted from one of them through
 * Latin-1). A signature counts how many words look like that encoding.
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
    howToConvert: 'convert it to Unicode UTF-8 with a Vietnamese converter (e.g. UniKey: TCVN3 → Unicode), then save as UTF-8',
    // TCVN3 puts toned vowels and đ in 0xA1–0xFE: `KÕ ho¹ch`, `Gi¸o dôc`, `®µo t¹o`.
    word: /[A-Za-z]*[\u00A1-\u00FE][A-Za-z\u00A1-\u00FE]*/gu,
  },
  {
    name: 'VNI',
    howToConvert: 'convert it to Unicode UTF-8 with a Vietnamese converter (e.g. UniKey: VNI Windows → Unicode), then save as UTF-8',
    // VNI writes a Latin vowel then a mark byte: `Keá hoaïch`, `Giaùo duïc`, `ñaøo taïo`.
    word: /[A-Za-z]*[aeiouyAEIOUY][\u00F8\u00F9\u00FB\u00F5\u00EF\u00E2\u00EA\u00F4\u00E1\u00E0\u00F6\u00D8\u00D9\u00DB\u00D5\u00CF][A-Za-z]*|\u00F1[a-z]+/gu,
  },
];

/** Windows-1258 combines a base letter with a separate tone-mark byte. */
export const WINDOWS_1258 = {
  name: 'Windows-1258',
  howToConvert: 'convert it with `iconv -f WINDOWS-1258 -t UTF-8 input.txt > output.txt`',
};

/** Letters only Vietnamese uses: a decoding that yields many of these is likely right. */
export const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]|[\u1EA0-\u1EF9]/gu;
