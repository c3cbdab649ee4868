/**
 * Where an agency name ends and what it does begins. Plans write
 * `<agency> <verb> …`; these verbs mark the end of the name.
 */
export const PREDICATE_VERBS = [
  'chủ trì',
  'phối hợp',
  'tham mưu',
  'tổ chức',
  'lãnh đạo',
  'chỉ đạo',
  'thực hiện',
  'triển khai',
  'xây dựng',
  'hướng dẫn',
  'định hướng',
  'cụ thể hóa',
  'cụ thể hoá',
  'theo dõi',
  'đẩy mạnh',
  'tăng cường',
  'căn cứ',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'nghiên cứu',
  'rà soát',
  'bố trí',
  'quán triệt',
  'thành lập',
  'thúc đẩy',
  'phát huy',
  'phân công',
  'đề xuất',
  'đề nghị',
  'thu thập',
  'tiếp nhận',
  'giải quyết',
  'nâng cao',
  'lồng ghép',
  'khảo sát',
  'ứng dụng',
  'hoàn thiện',
  'hỗ trợ',
  'cung cấp',
  'kiểm tra',
  'giám sát',
  'bảo đảm',
  'đảm bảo',
  'đăng tải',
  'ban hành',
  'tham gia',
  'đôn đốc',
  'tiếp tục',
  'tổng hợp',
  'phổ biến',
  'tuyên truyền',
  'vận động',
  'thẩm định',
  'cập nhật',
  'báo cáo',
  'tiến hành',
  'tập trung',
  'chuẩn bị',
  'hoàn thành',
  'duy trì',
  'phát động',
  'huy động',
  'tham vấn',
  'sơ kết',
  'tổng kết',
  'xử lý',
  'đánh giá',
  'để',
  'nhằm',
] as const;

/** `tổ chức` as a noun, not the verb: `các cấp ủy, tổ chức đảng`, `tổ chức chính trị - xã hội`, `cá nhân, tổ chức`. */
export const ORGANISATION_NOUN = /tổ chức(?=\s+(?:đảng|chính trị|xã hội|thành viên|hội|đoàn thể|cá nhân|tín dụng|kinh tế|quốc tế|phi chính phủ|cơ sở|khoa học|y tế|giáo dục)(?![\p{L}])|[,;.)]|\s*$)/u;

/**
 * Adverbs that stand between an agency and its verb and are never part of a
 * name: `Sở Tài chính định kỳ hằng quý tổng hợp…`, `Công an tỉnh kịp thời…`.
 */
export const NAME_END_ADVERBS = [
  'định kỳ',
  'hằng năm',
  'hàng năm',
  'hằng quý',
  'hàng quý',
  'thường xuyên',
  'kịp thời',
  'chủ động',
  'tích cực',
  'khẩn trương',
  'nghiêm túc',
  'sớm',
  'đặc biệt là',
  'ưu tiên',
  'là',
  'trong việc',
  'trong quá trình',
] as const;

/** `theo chức năng, nhiệm vụ`: a qualifier between an agency and its verb. */
export const DUTY_QUALIFIER = /\s+(?:theo|căn cứ)\s+chức năng,?\s+nhiệm vụ(?:,?\s+quyền hạn)?(?:\s+được giao)?\s*$/u;

/** Separators inside a list of agencies: `;`, `- ` at a cell's start. */
export const LIST_BULLET = /^\s*[-–•+]\s*/u;

/**
 * The Fatherland Front and its mass organisations, named as one body:
 * `Ủy ban MTTQ thành phố và các Đoàn thể`, `Mặt trận Tổ quốc và các hội,
 * đoàn thể`. (`… và các tổ chức chính trị - xã hội` names organisations of
 * their own, and is split, unless the alias file knows the whole.)
 */
export const FRONT_WITH_MEMBERS = /^(?:[UỦ][ỷy] ban (?:Trung ương )?)?(?:Mặt trận|MTTQ|UBMTTQ)[^;]*?\s+và\s+(?:các\s+)?(?:hội,\s*)?đoàn thể/iu;

/** `… là cơ quan đầu mối`, `…, là cơ quan thường trực`: the role an agency is given after its name. */
export const ROLE_CLAUSE = /,?\s+là\s+(?:cơ quan|đơn vị|đầu mối)(?![\p{L}]).*$/u;

/** Where a list of agencies splits: `;`, or `,`/`và`/`với` before a new agency name. */
export const LIST_SEPARATOR = /\s*;\s*|\s*,\s+|\s+và\s+|\s+với\s+/gu;

/** `các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)`: a group and, in brackets, its members by name. */
export const NAMED_MEMBERS = /^[Cc]ác\s[^()]+\(\s*(?<members>[^()]+,[^()]+?)\s*\)$/u;

/** `Căn cứ kế hoạch này, `, `Trong quá trình tổ chức thực hiện Kế hoạch, `: a clause before a sentence's subject. */
export const OPENING_CLAUSE = /^(?:Căn cứ|Trong|Trên cơ sở|Theo|Để)[^,;:]{0,80},\s*/u;

/** `…, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, … tập trung thực hiện tốt các nhiệm vụ sau:` */
export const REQUEST_LEAD_IN = /(?:yêu cầu|đề nghị)\s+(?<addressees>.+?)\s*:\s*$/u;

/** A note in brackets closing a name, on the unit that does the work: `Sở Nội vụ (Ban Thi đua - Khen thưởng)`. */
export const CLOSING_NOTE = /(?<=\p{L})\s*\([^()]*\)$/u;

/** `các` (the plural) opening a collective name in running text, lower-cased. */
export const LOWERCASE_PLURAL = /^các\s/u;

/** A trailing `(cơ quan chủ trì)`, `(Cơ quan thường trực)`: said of the agency, not part of its name. */
export const ROLE_NOTE = /\s*\([^()]*\)\s*$/u;

/** `Sở Tài chính: Căn cứ …`: agencies, a colon, their duties. */
export const AGENCY_LABEL = /^(?:(?:Đề nghị|Giao)\s+)?(?<name>[^:;.]{2,160}?)\s*:\s*(?<rest>\S.*)$/u;

/** Punctuation inside an agency's name, read as a space when names are compared. */
export const NAME_PUNCTUATION = /[.,;:()]/gu;

/** Where a cell of people parts them: `;` or `,`. */
export const PERSON_SEPARATOR = /\s*[;,]\s*/u;
