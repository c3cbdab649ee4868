import type { Timeframe } from '../../schema/index.ts';
import { FREQUENCY, PERIOD_IN_PARENTHESES } from '../patterns/timeframe.ts';
import { readInlineDeadline } from '../rules/inline-deadline.ts';
import { readTimeframe } from './timeframe.ts';

/**
 * When a task's own words say when: a deadline in its sentence (`trước ngày
 * 15/12 hằng năm`), a period closing it (`… (2025 - 2026).`), else how often
 * it recurs (`Định kỳ hằng quý báo cáo…`, `cập nhật thường xuyên`).
 */
export function readOwnTimeframe(text: string): Timeframe | null {
  const deadline = readInlineDeadline(text);
  if (deadline) return deadline;
  const period = PERIOD_IN_PARENTHESES.exec(text);
  if (period) return readTimeframe(period.groups!.value!);
  const frequency = FREQUENCY.exec(text);
  return frequency && wordsBefore(text, frequency.index) < FREQUENCY_HORIZON ? readTimeframe(frequency[0]) : null;
}

/**
 * How far into a task a frequency still says how often the task recurs
 * (`Định kỳ rà soát…`, `Cập nhật, tích hợp cơ sở dữ liệu thường xuyên…`),
 * not what one of its objects is (`… số lượng chuyển tiền trợ cấp hàng tháng`).
 */
const FREQUENCY_HORIZON = 10;

const wordsBefore = (text: string, index: number) => text.slice(0, index).split(/\s+/u).filter(Boolean).length;
