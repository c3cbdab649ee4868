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
