import type { Timeframe } from '../../schema/index.ts';
import { INLINE_DEADLINE } from '../patterns/task-lines.ts';
import { readTimeframe } from '../readers/timeframe.ts';

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
