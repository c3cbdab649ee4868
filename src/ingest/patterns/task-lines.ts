/** Lines that say who does a task and when, rather than what. */


/** `3. Thời gian thực hiện:` as a heading, its value the paragraph under it. */
export const TIMEFRAME_HEADING = /^Thời gian(?:\s+\p{L}+){0,6}\s*:?$/u;




/**
 * `Sở Tài chính chủ trì, phối hợp với …`, `Đề nghị Báo … chủ trì`,
 * `Sở KH&CN, Công an tỉnh theo chức năng, nhiệm vụ chủ trì, …`.
 */
export const LEAD_DECLARATION =
  /^(?:(?:Đề nghị|Giao)\s+)?(?<lead>.+?)\s+(?:(?:theo|căn cứ)\s+chức năng,?\s+nhiệm vụ(?:\s+được giao)?\s+)?chủ trì(?![\p{L}])(?<rest>.*)$/u;

/** `, phối hợp với các sở, ban, ngành…` after `chủ trì`. */
export const SUPPORT_CLAUSE = /^\s*,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+(?<support>.+)$/u;

/** `Chủ trì, phối hợp với …` opening a bullet whose agency is its heading. */
export const LEADS_ITSELF = /^Chủ trì\s*,?\s*(?:phối hợp(?:\s+với)?\s+(?<support>.+))?/u;

/** `(thực hiện hằng năm, từ năm 2026)` on a task group heading. */
export const GROUP_TIMEFRAME = /\(\s*(?<value>(?:thực hiện|triển khai)?\s*(?:hằng năm|hàng năm|thường xuyên|trong năm \d{4}|từ năm \d{4}|giai đoạn \d{4})[^)]*?)\s*\)/u;

/** `có trách nhiệm`, `chịu trách nhiệm` opening what follows an agency: the duty binds it. */
export const RESPONSIBILITY_VERB = /^(?:có|chịu)\s+trách nhiệm/u;

/** `Đề nghị ` before an agency the issuer has no authority over; `Giao ` before one it assigns. */
export const REQUEST_PREFIX = /^(?:Đề nghị|Giao|giao)\s+/u;

/** `…, giao Sở Y tế thành lập đoàn…`: an assignment inside a sentence, before the agency. */
export const ASSIGNMENT_VERB = /(?:^|[,;:.]\s*)[Gg]iao\s+(?=\p{Lu})/gu;

/** Where one sentence of a task ends and the next begins: `…từ sớm. Sở Y tế chủ trì…`. */
export const SENTENCE_BREAK = /(?<=[.;])\s+(?=\p{Lu})/u;

/** `đối với các cấp ủy Đảng, chính quyền các cấp: có trách nhiệm …` */
export const ADDRESSEE_CLAUSE = /^đối với\s+(?<agency>[^:]+?)\s*:\s*(?<text>.*)$/u;

/** A line that ends by announcing what follows. */
export const LEAD_IN_END = /:\s*$/u;

/**
 * A lead-in whose items are examples of the work it names (`Nghiên cứu,
 * triển khai các nền tảng số chuyên dùng, … như:`, `…, bao gồm:`): the
 * lead-in says what to do, the items what it covers. After `…, cụ thể như
 * sau:`, `…các nhiệm vụ trọng tâm sau:` the items are the work.
 */
export const EXAMPLES_LEAD_IN = /(?<!\p{L})(?:như|bao gồm|gồm)\s*:\s*$/u;

/** `Chủ trì, phối hợp với …`, `…, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định…`: who a task is done with, said in its words. */
export const SUPPORT_PHRASE = /(?<![\p{L}])[Pp]hối hợp(?:\s+(?:chặt chẽ|thường xuyên|tốt))?(?:\s+với)?\s+(?<agencies>.+)$/u;

/** `Giao Sở X thực hiện các nhiệm vụ sau:`, `… chịu trách nhiệm …, cụ thể:`, `…phối hợp thực hiện các hoạt động sau:`: duties announced, listed below. */
export const DUTIES_LEAD_IN = /(?:nhiệm vụ|nội dung|trách nhiệm|công việc|hoạt động)(?:\s+\p{L}+){0,4}\s*(?:sau|như sau|cụ thể|sau đây|dưới đây|liên quan)\s*:\s*$|,\s*cụ thể\s*:\s*$/u;



/** `…, trước ngày 15/12 hằng năm`, `hoàn thành trong Quý IV/2025`: a deadline written inside a task's sentence. */
export const INLINE_DEADLINE =
  /(?:[Tt]rước|[Cc]hậm nhất(?: là)?|[Hh]oàn thành(?: trong| trước)?|[Tt]rong)\s+(?:ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|[Qq]uý\s+(?:IV|III|II|I|[1-4])\s*\/\s*\d{4}|tháng\s+\d{1,2}\s*\/\s*\d{4}|năm\s+\d{4})(?:\s+(?:hằng|hàng)\s+năm)?/u;

/** `BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ HOẠCH…` (folded, lower case): an annex that assigns the plan's own tasks. */
export const ASSIGNMENT_ANNEX = /phan cong thuc hien (?:cac )?nhiem vu/u;

/** `Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục…`: an agency given the items of another part by their numbers. */
export const CROSS_REFERENCE = /[Cc]hủ trì[^.;]{0,60}?tại (?:mục|phần)\s*(?<parts>(?:\(\s*[IVXLC\d.a-zđ]+\s*\)\s*)+|[IVXLC]+(?:\.\d+)*(?:\.[a-zđ])?)/u;

/** One step of a cross-reference: `(IV)`, `(4.1)`, `(a)`, or the dotted `IV.3.4`. */
export const CROSS_REFERENCE_PART = /\(?\s*(?<step>[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*\)?\.?/gu;

/** `Topic of the work: the sentence that does it` (a short label, then a colon). */
export const TOPIC_THEN_SENTENCE = /^[^:;.]{3,100}:\s+(?<sentence>\p{Lu}.*)$/u;

/** A colon with words after it: what stands before it is a label (private to `agenciesOf`). */
export const LABEL_THEN_WORDS = /:\s*\p{L}/u;

/** `Đề nghị …`, `Giao …` opening an item: it addresses an agency. */
export const ASSIGNING_OPENING = /^(?:Đề nghị|Giao)\s+/u;

/** `Đề nghị …`, `Giao …`, `Yêu cầu …` opening a label: the agency it addresses follows. */
export const ADDRESSING_OPENING = /^(?:Đề nghị|Giao|Yêu cầu)\s+/u;

/** A letter (`a`): one item deeper in a reference to a part of the plan. */
export const LETTER_STEP = /^[a-zđ]$/u;
