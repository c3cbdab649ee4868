/**
 * Emphasis as web extractors write it: delimiters with the space on the wrong
 * side (`**6. Sở Nội vụ: **Tham mưu`), empty pairs (`** **`), and bold runs
 * split in two (`**6****.**`). Markdown reads those as literal asterisks.
 */

/** An emphasis pair holding only spaces: `** **`, `* *`. */
export const EMPTY_EMPHASIS = /(?<!\*)(\*{1,3})[ \t]+\1(?!\*)/gu;

/** A bold run closed and reopened with nothing between: the `****` of `**6****.**`, `đến**** năm`. */
export const SPLIT_BOLD = /(?<!\*)\*{4}(?!\*)/gu;

/** Left by a web extractor and never part of what a plan says: `**`, a lone `|`. */
export const EXTRACTOR_ARTEFACT = /\*\*|(?:^|\s)\|(?:\s|$)/u;

/** Asterisks markdown left as text: a run of two or more (`DÂN **`), or one standing alone between spaces. */
export const EMPHASIS_DEBRIS = /\*{2,}|(?<=^|\s)\*(?=\s|$)/gu;

/** A bold delimiter, `**`. */
export const BOLD_MARK = /\*\*/gu;

/** A blank line between paragraphs (kept when a text is split at it). */
export const PARAGRAPH_BREAK = /(\n[ \t]*\n)/u;

/** One asterisk. */
export const ASTERISK = /\*/gu;

/** A run of asterisks (kept when a text is split at it). */
export const ASTERISK_RUN = /(\*+)/u;

/** A text that ends clear of a word: empty, or on a space (an opening delimiter after it stands apart). */
export const CLEAR_END = /(?:^|\s)$/u;

/** A text that opens clear of punctuation: a word, a space, or nothing (a closing delimiter before it stands apart). */
export const CLEAR_START = /^(?:[\p{L}\p{N}]|\s|$)/u;

/** Asterisks, any run of them (a flattened cell keeps none). */
export const ASTERISKS = /\*+/gu;

/** `<br>` inside a markdown table cell, which the converter wrote for a line break. */
export const LINE_BREAK_TAG = /\s*<br\s*\/?>\s*/giu;

/** `<br>` in a table's cell is the converter's line break, not words of the text. */
export const BREAK_TAG = /<br\s*\/?>/giu;
