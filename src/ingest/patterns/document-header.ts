/** Lines of the header, signature and recipients blocks of a Vietnamese administrative document. */

/** `Số: /KH-UBND` (number left blank), `Số: 43-KH/TU`, `Số 276-KH/TU`. */
export const DOCUMENT_NUMBER_LINE =
  /^Số\s*:?\s*(?<digits>\d+)?\s*(?<separator>[-/])?\s*(?<symbol>[\p{L}\d&]+(?:[-/][\p{L}\d&]+)*)?\s*$/u;

/** `Cao Bằng, ngày   tháng 02 năm 2026` (its day may be blank), `Hà Tĩnh, ngày 05/12/2025`: place, then a date. */
export const PLACE_DATE_LINE =
  /^(?<place>\p{Lu}[\p{L} .'-]*?),\s*(?<date>ngày\s*(?:(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})?\s*năm\s*(?<year>\d{4})|(?<dd>\d{1,2})\s*[/.-]\s*(?<mm>\d{1,2})\s*[/.-]\s*(?<yyyy>\d{4})))\s*[.]?$/u;

/** `Nơi nhận:` */
export const RECIPIENTS_LABEL = /^Nơi nhận\s*:?\s*$/u;

/** `TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC`, `T/M BAN THƯỜNG VỤ`: signing capacity. */
export const SIGNATURE_CAPACITY = /^(?<mode>TM\.|KT\.|T\/M\.?|TL\.|TUQ\.|Q\.)\s*\p{Lu}/u;

/** An all-capitals title line of a signature block: `PHÓ CHỦ TỊCH`, `PHÓ BÍ THƯ THƯỜNG TRỰC`. */
export const CAPACITY_TITLE = /^[\p{Lu}\s,./-]+$/u;

/** `(Đã ký)`, `Đã ký`: where the signature stood in a copy. */
export const SIGNED_MARK = /^\(?\s*[Đđ]ã\s+ký\s*\)?\.?$/u;

/** A signer's name: two to six capitalised words, `Hà Nhật Lệ`. */
export const PERSON_NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** `…để xem xét, chỉ đạo./.`: the mark that ends the body of a document. */
export const END_OF_TEXT_MARK = /\.\/\.\s*$/u;

/** `Trên đây là Kế hoạch …`, `Chỉ thị này được phổ biến đến chi bộ.`: the document speaking of itself as it closes. */
export const CLOSING_SENTENCE =
  /^(?:Trên đây là|(?:Chỉ thị|Kế hoạch|Chương trình(?: hành động)?|Quyết định|Nghị quyết|Kết luận|Thông báo|Hướng dẫn|Đề án) này (?:được|có hiệu lực|thay thế|phổ biến))(?!\p{L})/u;

/** Parenthetical abbreviation after a name: `Ủy ban nhân dân (UBND) tỉnh`. */
export const PARENTHETICAL_ABBREVIATION = /\s*\((?:\p{Lu}[\p{Lu}&Đ]*)\)/gu;

/** `…, Ban Thường vụ Tỉnh ủy ban hành Chương trình…`: who issues the document, in its preamble. */
export const ISSUING_CLAUSE =
  /(?:^|(?<=[,;]))\s*(?<issuer>[^,;]+?)\s+(?:ban hành|xây dựng|trình bày)\s+(?:Kế hoạch|Chương trình|Chuyên đề|Quyết định|Hướng dẫn|Đề án)/gu;

/** `PHỤ LỤC II`, `Phụ lục 1`: the heading of an annex after the signature. */
export const ANNEX_HEADING = /^(?<label>PHỤ LỤC|Phụ lục)(?:\s+(?<value>[IVXLC]+|\d{1,2}))?\b\s*[.:-]?\s*(?<title>.*)$/u;

/** A subject's first two words, the first capitalised; and `số` after them when they name a numbered document. */
export const FIRST_TWO_WORDS = /^(\p{Lu}\p{Ll}*\s+\p{L}+)(\s+số(?=\s|$))?/u;

/** The number of `Số: 159/KH-UBND` before its symbol (`KH-UBND`). */
export const NUMBER_BEFORE_SYMBOL = /^\d+[-/]?/u;

/** A date written with slashes: `05/12/2025`. */
export const SLASHED_DATE = /^(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4})$/u;

/** `TM.` (on behalf of): the body named after it issued the document. */
export const ON_BEHALF = /^(TM\.|T\/M)/u;

/** An issuer's name ending on `tỉnh` or `Tỉnh ủy`: the province's name goes after it. */
export const PROVINCIAL_BODY_END = /(?:tỉnh|Tỉnh [ủu][ỷy])$/u;

/** `Số:` opening a document's number line. */
export const NUMBER_LABEL = /^Số\s*:/u;

export const IN_FORCE = /(?:còn|đang|có)\s+hiệu\s+lực/iu;

export const EXPIRED = /hết\s+hiệu\s+lực|không\s+còn\s+hiệu\s+lực|ngưng\s+hiệu\s+lực/iu;

/** `ngày … tháng` with the day left blank: a date the issuer fills in by hand. */
export const BLANK_DATE = /ngày\s+tháng/u;

/**
 * An issuer below the province, and the place it is of: `Ban Thường vụ Thành ủy
 * Bắc Kạn`, `Huyện ủy Bảo Lâm`, `Ủy ban nhân dân thị xã Quảng Yên`, `UBND quận 1`.
 */
export const LOCAL_BODY =
  /(?<![\p{L}])(?:(?<party>Thành|Huyện|Thị|Quận) [ủu][ỷy]|(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (?<council>thành phố|huyện|thị xã|quận))(?:\s+(?<place>[\p{Lu}\d][\p{L}\d\s-]*))?$/u;
