import type { DocumentFacts, Task } from '../../../src/schema/index.ts';
import type { CalendarEvent } from './ics.ts';
import { calendarDayOf } from '../../../src/lib/calendar-day.ts';

/** How many years a dated yearly duty repeats when its plan says no last year. */
const YEARS_WITHOUT_HORIZON = 5;

/**
 * A task's calendar event, only for a day its words give (lib/calendar-day.ts): a
 * date, the end of a month or quarter, or a day of every year (`trước ngày 15/12
 * hằng năm`), repeating until the plan's horizon.
 */
export function eventOf(task: Task, document: DocumentFacts, horizon: number | null, url: string): CalendarEvent | null {
  const timeframe = task.timeframe;
  const base = {
    uid: `${task.document}.${task.id}@co-so-tri-thuc-nq71`,
    summary: `${task.lead[0] ?? 'Nhiệm vụ'}: ${task.text.length > 100 ? `${task.text.slice(0, 99)}…` : task.text}`,
    url,
  };
  const description = (when: string) =>
    [task.text, `Chủ trì: ${task.lead.join('; ') || 'văn bản không nêu'}`, `Phối hợp: ${task.support.join('; ') || 'không'}`, when, `${document.title}, mục ${task.path}`].join('\n');
  const day = calendarDayOf(task, document);
  if (!day) return null;
  if (!day.yearly) return { ...base, date: day.date, description: description(`Thời gian: ${timeframe!.raw}`) };
  const { dayOfYear, firstYear } = day.yearly;
  const last = horizon && horizon >= firstYear ? horizon : firstYear + YEARS_WITHOUT_HORIZON - 1;
  const until = horizon && horizon >= firstYear ? `đến năm ${last} (mốc cuối của kế hoạch)` : `đến năm ${last} (kế hoạch không nêu mốc cuối; lịch lặp ${YEARS_WITHOUT_HORIZON} năm)`;
  return { ...base, date: day.date, until: `${last}-${dayOfYear}`, description: description(`Thời gian: ${timeframe!.raw}, hằng năm ${until}`) };
}

/** The last year a plan looks to: the latest of its targets' years and the years its title names. */
export function horizonOf(document: DocumentFacts, targetYears: number[]): number | null {
  const named = [...`${document.title} ${document.subject}`.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((match) => Number(match[0]));
  const years = [...targetYears, ...named];
  return years.length > 0 ? Math.max(...years) : null;
}
