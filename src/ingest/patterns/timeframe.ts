/** Timeframes as plans write them. */

/** `Quý I/2026`, `quý 3/2026`. */
export const QUARTER = /[Qq]uý\s+(?<quarter>IV|III|II|I|[1-4])\s*[/.-]\s*(?<year>\d{4})/u;

/** `Tháng 02 đến tháng 12/2026`, `tháng 3/2026 - tháng 5/2026`. */
export const MONTH_RANGE =
  /[Tt]háng\s+(?<from>\d{1,2})(?:\s*[/.-]\s*(?<fromYear>\d{4}))?\s*(?:đến|tới|-|–)\s*(?:tháng\s+)?(?<to>\d{1,2})\s*[/.-]\s*(?<year>\d{4})/u;

/** `Tháng 02/2026`. */
export const MONTH = /[Tt]háng\s+(?<month>\d{1,2})\s*[/.-]\s*(?<year>\d{4})/u;

/** `Trước 15/12/2026`, `trước ngày 30/6/2026`. */
export const BEFORE_DATE = /[Tt]rước(?:\s+ngày)?\s+(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})\s*[/.-]\s*(?<year>\d{4})/u;

/** `trước ngày 15/12`, `vào ngày 10/6` with no year: a day of every year, when the words say yearly. */
export const DAY_OF_YEAR = /(?:[Tt]rước|[Vv]ào|[Đđ]ến|[Hh]ạn)(?:\s+ngày)?\s+(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})(?!\s*[/.-]?\s*\d)/u;

/** `Hằng năm`, `hàng năm`. */
export const YEARLY = /[Hh][ằà]ng\s+năm/u;

/** `từ năm 2026`. */
export const FROM_YEAR = /từ\s+năm\s+(?<year>\d{4})/u;

/** `Hoàn thành trong năm 2025`, `trong năm 2026`. */
export const WITHIN_YEAR = /(?:trong|của)\s+năm\s+(?<year>\d{4})/u;

/** `Năm 2026`, `2026`: a timeframe that is one year, nothing else. */
export const ONLY_YEAR = /^(?:[Nn]ăm\s+)?(?<year>(?:19|20)\d{2})[.;]?$/u;

/** `đến năm 2030`, `vào năm 2030`, `năm 2027`. */
export const BY_YEAR = /(?:đến|vào|trước)\s+năm\s+(?<year>\d{4})/u;

/** `2026 - 2030`, `giai đoạn 2026-2030`. */
export const YEAR_RANGE = /(?<from>(?:19|20)\d{2})\s*[-–]\s*(?<to>(?:19|20)\d{2})/u;

/** `Theo năm học`, `hằng năm học`. */
export const SCHOOL_YEAR = /năm\s+học/u;

/** `Thường xuyên`, `liên tục`. */
export const ONGOING = /[Tt]hường\s+xuyên|[Ll]iên\s+tục/u;

/** `(2025 - 2026)`, `(2026 trở đi)`, `(xuyên suốt 2025 - 2035)` closing a task: its period. */
export const PERIOD_IN_PARENTHESES = /\(\s*(?<value>[^()]*?(?<!\d)(?:19|20)\d{2}(?!\d)[^()]*?)\s*\)\s*[.;]?\s*$/u;

/** `2. Kế hoạch phát triển giai đoạn 2026 - 2030`, `1. Giai đoạn 2025 - 2030`: the period of a group of tasks. */
export const PERIOD_IN_HEADING = /(?<![\p{L}])(?:[Gg]iai đoạn|[Tt]ừ năm)\s+(?<from>(?:19|20)\d{2})\s*[-–]\s*(?:năm\s+)?(?<to>(?:19|20)\d{2})/u;

/** `Định kỳ hằng quý`, `hằng năm`, `thường xuyên`: how often a duty recurs, said in its words. */
export const FREQUENCY = /(?<![\p{L}])(?<!bồi dưỡng\s)(?:[Đđ]ịnh kỳ(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày))?|(?:[Hh]ằng|[Hh]àng)\s+(?:năm|quý|tháng|tuần|ngày)|[Tt]hường xuyên(?:,?\s+liên tục)?)(?![\p{L}])/u;

/** `(từ ngày 15/11 đến ngày 15/12)`, `từ tháng 3 đến tháng 10 năm 2026`: a stretch of days or months a task's words give. */
export const DATE_SPAN =
  /[Tt]ừ\s+(?:ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\s+đến(?:\s+hết)?\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?\s+đến(?:\s+hết)?\s+tháng\s+\d{1,2}(?:\s*(?:\/\s*|năm\s+)\d{4})?)/u;
