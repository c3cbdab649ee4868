/**
 * Outline numbering, the only reliable structure of a PDF-to-text plan.
 * Each pattern reads the label at the start of a block's text, after `#` and
 * `*` decoration has been stripped by the markdown parser.
 */

/** A part numbered with a Roman numeral: `III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU`, `II- MỤC TIÊU`. */
export const ROMAN_NUMBERING = /^(?<label>(?<value>(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))[.-])\s+/u;

/** A multi-level decimal, trailing dot optional: `2.4. Sở Giáo dục…`, `2.3 Tầm nhìn…`. */
export const DECIMAL_NUMBERING = /^(?<label>(?<value>\d{1,2}(?:\.\d{1,2}){1,3})\.?)\s+/u;

/** A one-level Arabic number: `1. Mục đích`. */
export const ARABIC_NUMBERING = /^(?<label>(?<value>\d{1,2})\.)\s+/u;

/** An article of a decision: `Điều 1. Phê duyệt “Kế hoạch …” với các nội dung chủ yếu sau:`. */
export const ARTICLE_NUMBERING = /^(?<label>Điều\s+(?<value>\d{1,3})\s*[.:])\s*/u;

/** A lettered item: `a) Phòng Giáo dục Phổ thông và Mầm non`. */
export const LETTER_NUMBERING = /^(?<label>(?<value>[a-zđ])\))\s+/u;

/** An ordinal word: `Thứ nhất, đột phá về tư duy…`. */
export const ORDINAL_NUMBERING = /^(?<label>Thứ (?<value>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,)\s*/u;

/** Bullets that markdown does not read as list items: `• …`, `– …`. */
export const TEXT_BULLET = /^(?<label>[•–])\s+/u;

/** A markdown list marker as written at the start of a list item: `-`, `+`, `*`, `1.`, `1)`. */
export const LIST_MARKER = /^(?<marker>[-+*]|\d{1,9}[.)])/u;

export const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

/** A letter numbering an item (`b. `, `c) `) before its words. */
export const LETTER_LABEL = /^[a-zđ][.)]\s+/u;

/** A number alone (`1.`): an item's numbering a page break parted from its words. */
export const NUMBER_ONLY = /^\d{1,2}\.$/u;

/** A markdown bullet marker. */
export const BULLET_MARKER = /^[-+*]$/u;

/** What closes a number marker: `1.`, `1)`. */
export const MARKER_CLOSE = /[.)]$/u;
