/** The shapes of a line of copied text, as a paragraph of it opens and ends. */

/** Decoration markdown strips before a line's words: `**`, `*`, `#`. */
export const DECORATION = /^[\s*#_]+|[\s*_]+$/gu;

/** A bullet and its space opening a line: `- `, `+ `, `• `, `– `. */
export const BULLET_START = /^[-+•–]\s/u;

/** A line that closes its sentence or clause, a quote or bracket after the stop allowed. */
export const SENTENCE_CLOSED = /[.;:!?…][”"’)\]]*$/u;

/** A line that opens with a capital (or an opening quote). */
export const CAPITAL_START = /^[\p{Lu}“"]/u;

/** A line that ends on a comma: its sentence goes on. */
export const COMMA_END = /,$/u;

/** A line bold from end to end: `**THỦ TƯỚNG CHÍNH PHỦ**`. */
export const WHOLLY_BOLD = /^\*\*[^*]+\*\*$/u;

/** A line ending on a capitalised word goes on with a name: `… Sở` / `Nội vụ`. */
export const NAME_END = /(?:^|\s)\p{Lu}\p{Ll}*$/u;

/** A line that opens bold: `**III. CÁC NHIỆM VỤ…`. */
export const BOLD_START = /^\*\*/u;

export const LIST_MARKER = /^(?:[-+*•]|\(?[\p{L}\d]{1,3}[.)])$/u;

export const LIST_ITEM_START = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/** A line that starts at the margin. */
export const NOT_INDENTED = /^\S/;

/** A heading's marks and spaces opening a line. */
export const HEADING_MARKS = /^[#\s]+/u;

/** Marks, colons and stops closing a line: `**KẾ HOẠCH:**`. */
export const DECORATED_END = /[*#:.\s]+$/u;
