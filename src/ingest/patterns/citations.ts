/** Document numbers and the words around them. */

/**
 * A document number: party style `71-NQ/TW`, `29-CTr/TU`, state style
 * `281/NQ-CP`, `146/QĐ-TTg`, with the year `06/2022/TT-BTTTT`, laws `43/2019/QH14`,
 * a numbered part `66.2/2025/NQ-CP`.
 */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\d/.])\d{1,5}(?:\.\d{1,2})?(?:\/\d{4}\/\p{Lu}[\p{L}\d&]*(?:[-/]\p{Lu}[\p{L}\d&]*)*|[-/]\p{Lu}[\p{L}&]*(?:[-/]\p{Lu}[\p{L}\d&]*)+)(?![\p{L}\d])/gu;

/**
 * `10- CTr/TU`, `57- NQ/TW`, `223/KH- UBND`, `66/2018/QĐ- UBND`: a number a line wrap or a stray space cut
 * after a dash (closed up before numbers are read).
 */
export const BROKEN_NUMBER = /(?<=\d)\s*([-/])\s+(?=\p{Lu}[\p{L}&]*[-/]\p{Lu})|(?<=\d(?:\/\d{4})?\/\p{Lu}[\p{L}&]*)(-)\s+(?=\p{Lu}[\p{L}\d&]*(?![\p{L}\d]))/gu;

/** Words that name a kind of document, longest first. */
export const DOCUMENT_KIND_WORDS = [
  'Chương trình hành động',
  'Nghị quyết',
  'Kế hoạch',
  'Kết luận',
  'Quyết định',
  'Chỉ thị',
  'Hướng dẫn',
  'Chương trình',
  'Thông tư',
  'Nghị định',
  'Luật',
  'Công văn',
  'Thông báo',
  'Đề án',
  'Văn bản',
  'Hiến pháp',
] as const;

/** The kind word before a number: `Nghị quyết số `, `Kế hoạch `. */
export const CITED_KIND_BEFORE = new RegExp(`(?<kind>${DOCUMENT_KIND_WORDS.join('|')})\\s+(?:số\\s+)?$`, 'u');

/** `, ngày 22/8/2025` right after a number. */
export const CITED_DATE_AFTER = /^\s*,?\s*ngày\s+(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})\s*[/.-]\s*(?<year>\d{4})/u;

/** `, ngày 04 tháng 11 năm 2013` right after a number. */
export const CITED_LONG_DATE_AFTER =
  /^\s*,?\s*ngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4})/u;

/** `của Bộ Chính trị` after the date, up to what the document is about or is. */
export const CITED_ISSUER_AFTER = new RegExp(
  `^\\s*,?\\s*của\\s+(?<issuer>.+?)(?=\\s+(?:về|thực hiện|tiếp tục|ban hành|phê duyệt|${DOCUMENT_KIND_WORDS.join('|')})(?!\\p{L})|\\s*[,;(“”"]|\\.\\s|$)`,
  'u',
);

/** `về đột phá phát triển giáo dục và đào tạo` or a quoted `“Về đổi mới căn bản…”`. */
export const CITED_TITLE_AFTER =
  /^\s*(?:về\s+(?:việc\s+)?(?<plain>[^;(“”"]+?)|\s*“(?<quoted>[^”]+)”)(?=\s*[;(]|\s*,\s*(?:ngày|Nghị quyết|Kế hoạch|Kết luận|Quyết định)|\s*\.\s|$)/u;

/** `… thực hiện ` between a cited document and the one it implements. */
export const IMPLEMENTS_LINK = /(?<!\p{L})(?:thực hiện|triển khai|tiếp tục thực hiện|triển khai thực hiện)\s+(?:\p{L}+\s+){0,4}$/u;

/** Code in a number → kind, when the text gives no kind word. */
export const KIND_BY_CODE: Record<string, string> = {
  NQ: 'Nghị quyết',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  CTr: 'Chương trình',
  HD: 'Hướng dẫn',
  TT: 'Thông tư',
  NĐ: 'Nghị định',
  TB: 'Thông báo',
  QH: 'Luật',
};

/** `Kế hoạch này thay thế Kế hoạch số 12/KH-UBND…`: the documents a newer one replaces (the number follows). */
export const REPLACES_BEFORE = new RegExp(`(?:thay thế|bãi bỏ)\\s+(?:cho\\s+)?(?:${DOCUMENT_KIND_WORDS.join('|')})\\s+(?:số\\s+)?$`, 'u');

/**
 * What a document does to another it names just after, the words ending
 * right before the number: `thay thế Kế hoạch số `, `bãi bỏ Quyết định số `,
 * `sửa đổi, bổ sung một số nội dung của Kế hoạch số `.
 */
export const RELATION_BEFORE = new RegExp(
  `(?<relation>thay thế|bãi bỏ|sửa đổi,?\\s+bổ sung|sửa đổi|bổ sung)\\s+(?:cho\\s+|một số (?:nội dung|điều|điểm)(?:\\s+\\S+){0,6}?\\s+(?:của|tại)\\s+)?(?:${DOCUMENT_KIND_WORDS.join('|')})\\s+(?:số\\s+)?$`,
  'iu',
);

/** `Kế hoạch này thay thế…`, `Quyết định này … bãi bỏ…`: the document speaking of itself, wherever it does. */
export const SELF_SUBJECT = new RegExp(`(?:${DOCUMENT_KIND_WORDS.join('|')}|[Vv]ăn bản)\\s+này(?!\\p{L})`, 'u');

/** `Thực hiện Chỉ thị số 46-CT/TW…`, `Căn cứ Nghị quyết số 57-NQ/TW…`: a paragraph naming what a plan carries out or rests on. */
export const IMPLEMENTING_OPENING = /^(?:Thực hiện|Căn cứ|Triển khai|Tiếp tục thực hiện)(?!\p{L})/u;

/** ` về `, ` về việc `: where a cited document's title begins. */
export const CITED_TITLE_START = /\s(?:về|V\/v)\s/u;

/** `… thực hiện Nghị quyết số `, `… triển khai Kế hoạch số ` right before a number: in a cited document's title, what that document carries out. */
export const CARRIED_OUT_BEFORE = /(?<!\p{L})(?:thực hiện|triển khai)\s+(?:\p{L}+\s+){0,4}?(?:số\s+)?$/u;

/** Where one implemented document's clause ends: `;`, or `và` before the next document (`… và Chỉ thị số 007/CT-UBND`). */
export const IMPLEMENTED_CLAUSE_BREAK =
  /\s*;\s*|\s+và\s+(?=(?:Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Kết luận|Hướng dẫn|Thông tư|Nghị định|Chương trình|Công văn|Thông báo|Luật)\s+(?:số\s+)?\d)/u;

/** A title that is the relation: `(về việc) sửa đổi, bổ sung Kế hoạch số …`, `bãi bỏ Quyết định số …`. */
export const RELATION_TITLE = /^(?:về\s+(?:việc\s+)?)?(?:thay thế|bãi bỏ|sửa đổi|bổ sung)(?!\p{L})/iu;

/** A semicolon or bracket: another clause, so another document. */
export const CLAUSE_BREAK = /[;(]/u;

/** The kind's code in a number: `KH` of `159/KH-UBND`, `NQ` of `71-NQ/TW`. */
export const KIND_CODE = /^\d+(?:\/\d{4})?[-/](\p{L}+)/u;
