/** Numeric goals: numbers, comparators, units. */

/** A number as Vietnamese writes it: `20.000`, `0,8`, `01`, `35`. */
export const NUMBER = /(?<![\p{L}\d/.,])(?<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d/]|[.,]\d)/gu;

/** A range's second number right after the first: `-40`, ` đến 3000`. */
export const RANGE_TAIL = /^\s*%?\s*(?:-|–|đến|tới)\s*(?<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)/u;

/** `%`, `%/năm` right after a number. */
export const PERCENT_UNIT = /^\s*(?<unit>%(?:\s*\/\s*năm)?)/u;

/** ` trở lên` after the unit: makes `từ 50%` a lower bound. */
export const OR_MORE = /^[^;,.]{0,40}?trở\s+lên/u;

/** Comparator words right before the number. */
export const COMPARATOR_BEFORE: ReadonlyArray<readonly [RegExp, '>' | '>=' | '<' | '<=' | '=']> = [
  [/(?:ít nhất|tối thiểu|không dưới|không thấp hơn)\s*$/iu, '>='],
  [/(?:tối đa|không quá|không vượt quá)\s*$/iu, '<='],
  [/(?:trên|hơn|vượt)\s*$/iu, '>'],
  [/(?:dưới|thấp hơn)\s*$/iu, '<'],
  [/đạt\s+từ\s*$/iu, '>='],
];

/** `từ ` before a number, which with `trở lên` after reads as `>=`. */
export const FROM_BEFORE = /(?:^|\s)[Tt]ừ\s*$/u;

/** Words before a number that make it a label, not a quantity: `số 71`, `năm 2030`, `lớp 1`. */
export const NOT_A_QUANTITY_BEFORE =
  /(?:số|tháng|ngày|[Qq]uý|lớp|khóa|khoá|lần thứ|mức độ|mức|cấp|nhóm|Chỉ thị|Quyết định|Nghị quyết|Kết luận|Kế hoạch|Điều|khoản|điểm|giai đoạn|nhiệm kỳ)\s*$/u;

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
