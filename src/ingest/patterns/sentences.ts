/** Where sentences end and page breaks cut them. */

/** Text that ends a sentence or a clause: `.`, `;`, `:`, `!`, `?`, `./.`, optionally closed by a quote or bracket. */
export const CLAUSE_END = /[.;:!?…][”"’)\]]*\s*$/u;

/** Text that ends a whole sentence: `.`, `!`, `?`, `:`, `./.`. */
export const SENTENCE_END = /[.!?:…][”"’)\]]*\s*$/u;

/** A block that opens in lower case continues the sentence of the block before it. */
export const LOWERCASE_START = /^\p{Ll}/u;

/** A block that ends on a letter or comma stops mid-sentence. */
export const OPEN_END = /[\p{L}\d,]\s*$/u;

/** Shortest block that ends mid-sentence because a page ended, not because it is a heading. */
export const PAGE_LINE_MIN_LENGTH = 60;
