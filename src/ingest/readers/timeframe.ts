import type { Timeframe } from '../../schema/index.ts';
import {
  BEFORE_DATE,
  BY_YEAR,
  DAY_OF_YEAR,
  FROM_YEAR,
  MONTH,
  MONTH_RANGE,
  ONGOING,
  QUARTER,
  SCHOOL_YEAR,
  WITHIN_YEAR,
  YEAR_RANGE,
  YEARLY,
  FREQUENCY,
  PERIOD_IN_PARENTHESES,
  DATE_SPAN,
  ONLY_YEAR,
} from '../patterns/timeframe.ts';
import { INLINE_DEADLINE } from '../patterns/task-lines.ts';
import { wordsIn } from '../patterns/text.ts';

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Read a timeframe as plans write it. The raw words are always kept; start,
 * end and recurrence are filled only where the words say them.
 */
export function readTimeframe(raw: string): Timeframe {
  const text = raw.trim();
  const timeframe: Timeframe = { raw: text };
  if (YEARLY.test(text)) timeframe.recurrence = 'yearly';
  else if (SCHOOL_YEAR.test(text)) timeframe.recurrence = 'school-year';
  else if (ONGOING.test(text)) timeframe.recurrence = 'ongoing';

  const quarter = QUARTER.exec(text);
  const monthRange = MONTH_RANGE.exec(text);
  const month = MONTH.exec(text);
  const before = BEFORE_DATE.exec(text);
  const yearRange = YEAR_RANGE.exec(text);
  const from = FROM_YEAR.exec(text);
  const within = WITHIN_YEAR.exec(text) ?? ONLY_YEAR.exec(text);
  const by = BY_YEAR.exec(text);

  if (quarter) {
    const year = Number(quarter.groups!.year);
    const index = QUARTERS[quarter.groups!.quarter!]!;
    timeframe.start = isoDate(year, index * 3 - 2, 1);
    timeframe.end = lastDayOf(year, index * 3);
    timeframe.due = timeframe.end;
  } else if (monthRange) {
    const year = Number(monthRange.groups!.year);
    const fromYear = Number(monthRange.groups!.fromYear ?? year);
    timeframe.start = isoDate(fromYear, Number(monthRange.groups!.from), 1);
    timeframe.end = lastDayOf(year, Number(monthRange.groups!.to));
    timeframe.due = timeframe.end;
  } else if (before) {
    timeframe.end = isoDate(Number(before.groups!.year), Number(before.groups!.month), Number(before.groups!.day));
    timeframe.due = timeframe.end;
  } else if (month) {
    const year = Number(month.groups!.year);
    timeframe.start = isoDate(year, Number(month.groups!.month), 1);
    timeframe.end = lastDayOf(year, Number(month.groups!.month));
    timeframe.due = timeframe.end;
  } else if (yearRange) {
    timeframe.start = isoDate(Number(yearRange.groups!.from), 1, 1);
    timeframe.end = isoDate(Number(yearRange.groups!.to), 12, 31);
  } else if (within) {
    const year = Number(within.groups!.year);
    timeframe.start = isoDate(year, 1, 1);
    timeframe.end = isoDate(year, 12, 31);
  } else {
    if (from) timeframe.start = isoDate(Number(from.groups!.year), 1, 1);
    if (by) timeframe.end = isoDate(Number(by.groups!.year), 12, 31);
  }
  if (!timeframe.start && from) timeframe.start = isoDate(Number(from.groups!.year), 1, 1);
  const dayOfYear = timeframe.recurrence === 'yearly' && !timeframe.due ? DAY_OF_YEAR.exec(text) : null;
  // 29/02 is no day of every year.
  if (dayOfYear && isoDate(2025, Number(dayOfYear.groups!.month), Number(dayOfYear.groups!.day))) {
    timeframe.yearlyOn = `${dayOfYear.groups!.month!.padStart(2, '0')}-${dayOfYear.groups!.day!.padStart(2, '0')}`;
  }
  if (!timeframe.due) delete timeframe.due;
  return timeframe;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function lastDayOf(year: number, month: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Layout "deadline inside a sentence" (09-nghe-an-987): when nothing else
 * gives a task its timeframe, the task's own words may.
 *
 *   …báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/12 hàng năm.
 *   …hoàn thành trong Quý IV/2025.
 */
export function readInlineDeadline(text: string): Timeframe | null {
  const deadline = INLINE_DEADLINE.exec(text);
  return deadline ? readTimeframe(deadline[0]) : null;
}

/**
 * When a task's own words say when: a deadline in its sentence (`trước ngày
 * 15/12 hằng năm`), a period closing it (`… (2025 - 2026).`), a stretch of
 * days or months (`(từ ngày 15/11 đến ngày 15/12)`), else how often
 * it recurs (`Định kỳ hằng quý báo cáo…`, `cập nhật thường xuyên`).
 */
export function readOwnTimeframe(text: string): Timeframe | null {
  const deadline = readInlineDeadline(text);
  if (deadline) return deadline;
  const period = PERIOD_IN_PARENTHESES.exec(text);
  if (period) return readTimeframe(period.groups!.value!);
  const span = DATE_SPAN.exec(text);
  if (span) return readTimeframe(span[0]);
  const frequency = FREQUENCY.exec(text);
  return frequency && wordsBefore(text, frequency.index) < FREQUENCY_HORIZON ? readTimeframe(frequency[0]) : null;
}

/**
 * How far into a task a frequency still says how often the task recurs
 * (`Định kỳ rà soát…`, `Cập nhật, tích hợp cơ sở dữ liệu thường xuyên…`),
 * not what one of its objects is (`… số lượng chuyển tiền trợ cấp hàng tháng`).
 */
const FREQUENCY_HORIZON = 10;

const wordsBefore = (text: string, index: number) => wordsIn(text.slice(0, index)).length;
