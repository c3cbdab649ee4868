/** Shapes of any text, whatever it says: spaces, words, the punctuation a phrase ends with, the marks it opens with. */

// Spaces

/** A run of white space: spaces, tabs, line breaks. */
export const SPACES = /\s+/gu;

/** Every run of white space as one space. */
export function oneSpaced(text: string): string {
  return text.replace(SPACES, ' ');
}

/** Every run of white space as one space, none at either end. */
export function squeezed(text: string): string {
  return oneSpaced(text).trim();
}

/** One white-space character (each found on its own). */
export const SPACE = /\s/gu;

/** Spaces, tabs and no-break spaces within a line. */
export const INLINE_SPACES = /[ \t\u00a0]+/gu;

/** Spaces and tabs opening a text. */
export const OPENING_SPACES = /^[ \t]+/u;

/** Spaces and tabs closing a text. */
export const CLOSING_SPACES = /[ \t]+$/u;

/** A text that ends on a space. */
export const SPACE_END = /\s$/u;

/** A text as the spaces before it, its words, and the spaces after. */
export const EDGE_SPACES = /^(\s*)(.*?)(\s*)$/u;

// Words and letters

/** The words of a text, as white space parts them. */
export function wordsIn(text: string): string[] {
  return text.split(SPACES).filter(Boolean);
}

/** A letter. */
export const LETTER = /\p{L}/gu;

/** Anything but a letter. */
export const NOT_A_LETTER = /[^\p{L}]/gu;

/** Anything but letters, between words. */
export const NOT_LETTERS = /[^\p{L}]+/u;

/** What is neither a letter nor a digit: spaces and punctuation between words. */
export const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** A word's punctuation around it (`(IoT)`, `Chính phủ,`): kept from the title, the rest cased as the body has it. */
export const WORD_CORE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** A digit or slash: the word is a code or number (`71-NQ/TW`, `2030`), kept as written. */
export const CODE_MARK = /\d|\//u;

/** A digit. */
export const DIGIT = /\d/u;

// How a text opens

/** A text that opens with a letter (a word goes on). */
export const LETTER_START = /^\p{L}/u;

/** A text that opens with a capital letter. */
export const UPPERCASE_START = /^\p{Lu}/u;

/** A text that opens with a digit. */
export const DIGIT_START = /^\d/u;

/** A bullet a copied line keeps before its words: `- `, `– `, `• `, `+ `. */
export const LINE_BULLET = /^[-–•+]\s*/u;

/** A markdown heading's marks opening a line. */
export const HEADING_MARK = /^#/u;

/** Commas and spaces opening what is left of a sentence. */
export const COMMAS_OPENING = /^[,\s]+/u;

/** One comma, with its spaces, opening what is left of a sentence. */
export const COMMA_OPENING = /^\s*,?\s*/u;

// How a text ends

/** What a name or label ends with and is not part of it: `Sở Y tế:`, `Các sở, ngành.` */
export const LABEL_END = /[:.\s]+$/u;

/** A colon closing a label, with its spaces. */
export const LABEL_COLON = /\s*:\s*$/u;

/** A colon ending a line, and the spaces after it: `… các nhiệm vụ sau:` */
export const COLON_END = /:\s*$/u;

/** Punctuation closing a phrase of a list or a title: `Sở Y tế;`, `về chuyển đổi số.` */
export const PHRASE_END = /[\s.,;:]+$/u;

/** Punctuation closing an item of a list: `Sở Y tế;`, `UBND các xã,` */
export const ITEM_END = /[;,.]+$/u;

/** Punctuation closing an item of a list, and its spaces. */
export const ITEM_STOP = /[.;,]\s*$/u;

/** A full stop or semicolon closing a text, and its spaces. */
export const SENTENCE_STOP_END = /[.;]\s*$/u;

/** Full stops closing a text. */
export const FULL_STOPS_END = /[.]+$/u;

/** A full stop closing a text. */
export const FULL_STOP_END = /\.$/u;

/** A text that ends on a letter. */
export const LETTER_END = /\p{L}\s*$/u;

/** A text that ends on punctuation. */
export const PUNCTUATION_END = /[^\p{L}\p{N}]$/u;

// Punctuation within

/** Punctuation that parts the words of a phrase: `kiểm tra, đôn đốc`, `giáo dục; đào tạo`. */
export const PHRASE_PUNCTUATION = /[,.;:()]/gu;

/** Semicolons parting items of a list, with their spaces. */
export const SEMICOLON_LIST = /\s*;\s*/u;

/** A comma and the spaces after it. */
export const COMMA_BREAK = /,\s+/gu;

/** A full stop or semicolon: more than a name. */
export const SENTENCE_STOP = /[.;]/u;
