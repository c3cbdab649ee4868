/** Where sentences end and page breaks cut them. */

/** Text that ends a sentence or a clause: `.`, `;`, `:`, `!`, `?`, `./.`, optionally closed by a quote or bracket. */
export const CLAUSE_END = /[.;:!?…][”"’)\]]*\s*$/u;

/** Text that ends a whole sentence: `.`, `!`, `?`, `:`, `./.`. */
export const SENTENCE_END = /[.!?:…][”"’)\]]*\s*$/u;

/** A block that opens in lower case continues the sentence of the block before it. */
export const LOWERCASE_START = /^\p{Ll}/u;

/** A block that ends on a letter or comma stops mid-sentence. */
export const OPEN_END = /[\p{L}\d,]\s*$/u;

/**
 * A word no sentence ends on: `… là sự nghiệp của` / `Đảng, Nhà nước …`. A
 * block ending on one continues on the next page even when that page opens
 * with a capital (a proper noun).
 */
export const DANGLING_WORD_END =
  /(?<!\p{L})(?:của|và|với|các|những|cho|trong|về|để|theo|từ|đến|tại|là|được|có|như|hoặc|nhằm|bằng|mà|do|vì|nên|hay|cùng|giữa|trên|dưới|sau|trước|thuộc|gồm)\s*$/u;

/** A clause: the text between `;` or sentence ends (a point between digits, `20.000`, ends none). */
export const CLAUSE = /[^;.!?]+(?:[.!?](?=\d)[^;.!?]*)*/gu;

/** Where a new sentence begins: after `.`, `!`, `?` and a space, before a capital. */
export const SENTENCE_START = /[.!?…]\s+(?=[\p{Lu}“"(])/gu;

/** A word that ends a sentence or clause: what follows opens a new one. */
export const STOP_END = /[.!?:;…]$/u;

/** Sentences: a relation and the document it names stand in one. */
export const SENTENCE = /[^.;!?]+(?:[.;!?](?=\d)[^.;!?]*)*/gu;
