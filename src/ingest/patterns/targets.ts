/** Numeric goals: numbers, comparators, units. */

/**
 * A number as Vietnamese writes it: `20.000`, `0,8`, `01`, `35`; a rate over
 * a power of ten (`4/100.000`, `18 ca sinh/1.000`) keeps its number; and
 * `một` after a floor (`ít nhất một cơ sở`).
 */
export const NUMBER =
  /(?<![\p{L}\d/.,])(?<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?=\/(?:100|1\.?000|10\.?000|100\.?000)(?!\d)|(?![\d/]|[.,]\d))|(?<=(?:ít nhất|tối thiểu|không dưới)\s)(?<word>một)(?!\p{L})/giu;

/** A range's second number right after the first: `-40`, ` đến 3000`. */
export const RANGE_TAIL = /^\s*%?\s*(?:-|–|đến|tới)\s*(?<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)/u;

/** `%`, `%/năm` right after a number. */
export const PERCENT_UNIT = /^\s*(?<unit>%(?:\s*\/\s*năm)?)/u;

/**
 * What a number counts when no known unit names it: the words after it, up
 * to a word that starts what is said of them (`58 trạm`, `40 μg/m3`, `1,7
 * lần`, `18 ca sinh/1.000 phụ nữ`, `4/100.000 trẻ sinh ra còn sống`).
 */
export const OPEN_UNIT = /^\s*(?<unit>\/[\d.]+(?:\s+\p{Ll}+){1,4}|[\p{Ll}μ][\p{L}\d]*(?:\/[\p{L}\d.]+)?(?:\s+(?!(?:được|đã|sẽ|có|là|và|hoặc|trở|trên|dưới|đến|tới|vào|trong|tại|theo|cho|của|so|với|mỗi|năm|trước|sau|đạt|để|nhằm|phục|thông)(?![\p{L}]))[\p{Ll}][\p{L}\d]*(?:\/[\p{L}\d.]+)?){0,3})/u;

/** Words a number never counts as a goal: times (`02 năm`, `02 buổi/ngày`), ages, orders, money; or words that are not a unit at all (`0,8 trở lên`). */
export const NOT_A_UNIT =
  /^(?:năm|tháng|ngày|giờ|tuần|quý|phút|giây|buổi|tuổi|lần thứ|thứ|kỳ|khóa|khoá|cấp|bậc|loại(?! hình)|nhóm|điều|khoản|mục|phần|trang|bản|đồng|tỷ đồng|triệu đồng|nghìn đồng|trở|so|trên|dưới|đến|tới|và|hoặc|vào|của|cho|với|theo|tại|trong|về|là|được|đã|sẽ|có|mà|thì|nếu|khi|để|nhằm|như)(?![\p{L}])/u;

/**
 * Verbs that commit to a number (`đạt`, `phấn đấu`, `hình thành`, `đầu tư`,
 * `xuống`, `còn`, a `:` before it): a number after one, close by, is a target.
 */
export const GOAL_BEFORE =
  /(?:đạt|phấn đấu|hình thành|xây dựng|đầu tư|phát triển|lắp đặt|chuyển đổi|nâng(?: tổng số)?|giảm|tăng|còn|xuống|bao gồm|trong đó|đào tạo|bồi dưỡng|tổ chức|ban hành|thu hút|hỗ trợ|thành lập(?: mới)?|ở mức|top)(?:\s+[\p{L}\d/,.()]+){0,8}?\s*$|:\s*$|số lượng[^;]{0,80}$/iu;

/** ` trở lên` after the unit: makes `từ 50%` a lower bound. */
export const OR_MORE = /^[^;,.]{0,40}?trở\s+lên/u;

/** Comparator words right before the number. */
export const COMPARATOR_BEFORE: ReadonlyArray<readonly [RegExp, '>' | '>=' | '<' | '<=' | '=']> = [
  [/(?:ít nhất|tối thiểu|không dưới|không thấp hơn)\s*$/iu, '>='],
  [/(?:tối đa|không quá|không vượt quá)\s*$/iu, '<='],
  [/(?:trên|hơn|vượt(?:\s+quá)?)\s*$/iu, '>'],
  [/(?:dưới|thấp hơn)\s*$/iu, '<'],
  [/đạt\s+từ\s*$/iu, '>='],
];

/** `từ ` before a number, which with `trở lên` after reads as `>=`. */
export const FROM_BEFORE = /(?:^|\s)[Tt]ừ\s*$/u;

/** Words before a number that make it a label, not a quantity: `số 71`, `năm 2030`, `lớp 1`. */
export const NOT_A_QUANTITY_BEFORE =
  /(?:số|tháng|ngày|[Qq]uý|lớp|khóa|khoá|lần thứ|mức độ|cấp|nhóm|Chỉ thị|Quyết định|Nghị quyết|Kết luận|Kế hoạch|Điều|khoản|điểm|giai đoạn|nhiệm kỳ|khu vực|[Bb]ước|[Gg]iai đoạn|Phụ lục|mục)\s*$/u;

/**
 * Units of a target, longest first. A number followed by none of these (nor
 * `%`) is not read as a target: `3 đến 5 tuổi`, `02 buổi/ngày`, `2 cấp`.
 */
export const COUNT_UNITS = [
  'điểm trường',
  'lao động',
  'sinh viên',
  'học sinh',
  'học viên',
  'nhà giáo',
  'giáo viên',
  'giảng viên',
  'cơ sở',
  'phân hiệu',
  'chương trình',
  'trường',
  'người',
  'xã',
  'tỉnh',
  'đề án',
  'mô hình',
  'phòng học',
  'lớp học',
] as const;

/** An index with no unit: `chỉ số … đạt từ 0,8 trở lên`. */
export const INDEX_CONTEXT = /chỉ\s+số/u;

/** `đến năm 2030`, `vào năm 2030`, `Tầm nhìn đến năm 2045`: the horizon of a goal. */
export const HORIZON_YEAR = /(?:đến|vào|tới|trong)\s+năm\s+(?<year>20\d{2})/u;

/** What ends the part of a clause about one target: spaces and the punctuation before the next. */
export const SEGMENT_END = /[\s,;:]+$/u;

/** `một` (one), a number written in words. */
export const ONE_IN_WORDS = /^một$/iu;

/** A comparator just before an index's value (`HDI đạt 0,8`): a decimal index has no unit after it. */
export const INDEX_COMPARATOR_BEFORE = /(?:đạt|trên|từ|dưới)\s*$/u;

/** A number that is a year (`2030`): no quantity unless it opens a range. */
export const YEAR_NUMBER = /^(?:19|20)\d{2}$/u;

/** `từ` (from), where a range or a floor written `từ … trở lên` starts. */
export const FROM_WORD = /[Tt]ừ/u;

/**
 * A negation that turns a bound after it round: `không có tỉnh, thành phố đạt
 * dưới 60%`, `không để tỷ lệ … vượt quá 5%`, `không còn xã nào dưới …`. (`không
 * dưới`, `không quá` are bounds of their own: COMPARATOR_BEFORE.)
 */
export const NEGATED_BOUND = /(?<![\p{L}])không\s+(?:có|để|còn)(?![\p{L}])[^.;:!?]{0,60}$/iu;
