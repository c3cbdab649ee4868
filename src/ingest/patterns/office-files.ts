/** Shapes inside the files offices publish: a PDF's fonts, lines and pages, a Word file's parts. */

/** The tag a PDF puts before a subset font's name: `ABCDEF+TimesNewRoman-Bold`. */
export const FONT_SUBSET_PREFIX = /^[A-Z]{6}\+/u;

/** A bold face, by the font's name (`TimesNewRomanPS-BoldMT`, `Times New Roman,Bold`, `Arial-BoldItalicMT`). */
export const BOLD_FONT = /bold|black|heavy|semibold|demibold/iu;

/** A line broken after a hyphen inside a word (`71-` / `NQ/TW`): joined without a space. */
export const HYPHEN_BREAK = /[\p{L}\p{N}]-$/u;

/** A line that opens like a list item (`- `, `• `, `2. `, `1) `): in markdown it would start one. */
export const MARKED_LINE = /^(?:[-+*•]|\d+[.)])\s/u;

/** A line bold from end to end, its words captured. */
export const BOLD_LINE = /^\*\*((?:(?!\*\*).)+)\*\*$/u;

/** A line that opens in lower case, not with a letter numbering it (`a)`): it goes on the line before. */
export const LOWERCASE_OPENING = /^\p{Ll}(?![.)])/u;

/** What a page without a text layer still yields: spaces and table rules. */
export const BLANK_OR_RULE = /[\s|]/gu;

/** A letter of another script than Latin: a font that maps its glyphs wrongly shows them. */
export const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/gu;

/** A running page number alone on its line: `3`, `- 3 -`. */
export const PAGE_NUMBER_LINE = /^\s*-?\s*\d{1,3}\s*-?\s*$/u;

/** The parts of a Word file the reader opens: its text, its numbering, its styles. */
export const WORD_PARTS = /^word\/(?:document|numbering|styles)\.xml$/u;

/** A line that opens in lower case or with a digit, after any punctuation: it goes on. */
export const CONTINUING_START = /^[^\p{L}\p{N}]*[\p{Ll}\p{N}]/u;

/** The kinds of file a plan is read from: text as typed or converted, Word's own, and PDF with a text layer. */
export const PLAN_FILE = /\.(?:txt|md|docx|pdf)$/iu;

/** A Word file, by its name. */
export const WORD_FILE = /\.docx$/iu;

/** A PDF, by its name. */
export const PDF_FILE = /\.pdf$/iu;

/** A Word list level's text placeholder: `%1.%2.`. */
export const LEVEL_PLACEHOLDER = /%([1-9])/gu;

/** A file's extension. */
export const FILE_EXTENSION = /\.[^.]+$/u;
