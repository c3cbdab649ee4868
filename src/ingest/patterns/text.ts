/** Shapes of any text, whatever it says: spaces, words, the punctuation a phrase ends with, the marks it opens with. */

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

/** The words of a text, as white space parts them. */
export function wordsIn(text: string): string[] {
  return text.split(SPACES).filter(Boolean);
}

/** What a name or label ends with and is not part of it: `Sở Y tế:`, `Các sở, ngành.` */
export const LABEL_END = /[:.\s]+$/u;

/** A colon ending a line, and the spaces after it: `… các nhiệm vụ sau:` */
export const COLON_END = /:\s*$/u;

/** Punctuation closing a phrase of a list or a title: `Sở Y tế;`, `về chuyển đổi số.` */
export const PHRASE_END = /[\s.,;:]+$/u;

/** Punctuation closing an item of a list: `Sở Y tế;`, `UBND các xã,` */
export const ITEM_END = /[;,.]+$/u;

/** A bullet a copied line keeps before its words: `- `, `– `, `• `, `+ `. */
export const LINE_BULLET = /^[-–•+]\s*/u;

/** Semicolons parting items of a list, with their spaces. */
export const SEMICOLON_LIST = /\s*;\s*/u;

/** What is neither a letter nor a digit: spaces and punctuation between words. */
export const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** A markdown heading's marks opening a line. */
export const HEADING_MARK = /^#/u;

/** A text that opens with a letter (a word goes on). */
export const LETTER_START = /^\p{L}/u;

/** Commas and spaces opening what is left of a sentence. */
export const COMMAS_OPENING = /^[,\s]+/u;

/** A full stop or semicolon: more than a name. */
export const SENTENCE_STOP = /[.;]/u;

/** One comma, with its spaces, opening what is left of a sentence. */
export const COMMA_OPENING = /^\s*,?\s*/u;

/** A comma and the spaces after it. */
export const COMMA_BREAK = /,\s+/gu;

/** Anything but a letter. */
export const NOT_A_LETTER = /[^\p{L}]/gu;

/** Spaces and tabs opening a text. */
export const OPENING_SPACES = /^[ \t]+/u;

/** Spaces and tabs closing a text. */
export const CLOSING_SPACES = /[ \t]+$/u;

/** A text that ends on a space. */
export const SPACE_END = /\s$/u;

/** A text as the spaces before it, its words, and the spaces after. */
export const EDGE_SPACES = /^(\s*)(.*?)(\s*)$/u;

/** A letter. */
export const LETTER = /\p{L}/gu;

/** Anything but letters, between words. */
export const NOT_LETTERS = /[^\p{L}]+/u;

/** Spaces, tabs and no-break spaces within a line. */
export const INLINE_SPACES = /[ \t\u00a0]+/gu;

/** A `|`, which would open a table cell in the text the ingest writes. */
export const PIPE = /\|/gu;
