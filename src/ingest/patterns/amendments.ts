/**
 * How a document that amends another says what it changes: an instruction
 * (`2. Bổ sung gạch đầu dòng thứ ba vào điểm 2.4 khoản 2 mục III như sau:`)
 * and the new words, quoted (`“- Xây dựng cơ sở dữ liệu…”`) or listed under it.
 */

/**
 * An instruction that introduces new words for the amended document: it opens
 * with what it does, names where (`mục`, `khoản`, `điểm`, `Phụ lục`, the
 * document itself) and ends on a colon.
 */
export const AMENDMENT_INSTRUCTION =
  /^(?:sửa đổi|bổ sung|thay thế|điều chỉnh|thay đổi)(?![\p{L}\p{N}]).*(?<![\p{L}])(?:mục|khoản|điểm|tiết|phần|phụ lục|gạch đầu dòng|đoạn|nội dung|kế hoạch|chương trình|quyết định|điều)(?![\p{L}]).*:\s*$/iu;

/** The quotation mark that opens quoted new words, at the start of a block. */
export const QUOTE_OPEN = /^\s*["“]\s*/u;

/** The quotation mark that closes them, before the full stop or semicolon that may end the block (`…năm 2027.”`, `…lẻ”;`). */
export const QUOTE_CLOSE = /\s*["”](?=\s*[.;,]?\s*(?:\/\.)?\s*$)/u;

/** A list marker the quotation mark kept markdown from reading: `“- Xây dựng…`. */
export const QUOTED_BULLET = /^(?<marker>[-+*])\s+/u;

/** What an instruction's words say its new words are, compared without tone marks, lower case; first match wins. */
export const INSERTION_ROLES = [
  [/chi tieu|muc tieu/u, 'targets'],
  [/to chuc thuc hien|trach nhiem|phan cong/u, 'organization'],
  [/kinh phi|nguon von|du toan/u, 'funding'],
  [/nhiem vu|giai phap|hoat dong/u, 'tasks'],
] as const;

/** Where an instruction puts new words: after `vào` (`Bổ sung điểm 2.5 vào khoản 2 mục III`), else what it names (`Sửa đổi điểm 2.4 khoản 2 mục III`). */
export const INSERTED_INTO = /(?<![\p{L}])vào\s+(?<place>.*)$/iu;

/** A named place of the amended document and its label: `mục III`, `khoản 2`, `điểm 2.4`, `điểm a`, `tiết b`. */
export const PLACE_STEP = /(?<![\p{L}])(?:[Mm]ục|[Pp]hần|[Kk]hoản|[Đđ]iểm|[Tt]iểu mục|[Tt]iết)\s+(?<label>[IVXLC]+|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])(?![\p{L}\p{N}])/gu;

/** A Roman numeral label: the part. */
export const ROMAN_LABEL = /^[IVXLC]+$/u;

/** A letter label: the deepest step. */
export const LETTER_STEP_LABEL = /^[a-zđ]$/u;
