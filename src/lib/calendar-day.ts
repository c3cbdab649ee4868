import type { DocumentFacts, Task } from '../schema/index.ts';

/** The first day a yearly duty falls on, and the year it first can (from its start or its plan's date). */
export interface CalendarDay {
  date: string;
  /** For a duty of every year (`trước ngày 15/12 hằng năm`): its day of the year, `12-15`, and the first year it falls in. */
  yearly?: { dayOfYear: string; firstYear: number };
}

/**
 * The day a task's words give, for a calendar: a date, the end of a month or
 * quarter (`due`), or a day of every year from its start or its plan's date.
 * A year, a period, a start or "hằng năm" alone gives none. What the pages
 * offer as a calendar and what the exports write agree through this.
 */
export function calendarDayOf(task: Pick<Task, 'timeframe'>, document: Pick<DocumentFacts, 'date'>): CalendarDay | null {
  const timeframe = task.timeframe;
  if (timeframe?.due) return { date: timeframe.due };
  if (!timeframe?.yearlyOn) return null;
  const issued = document.date && /^\d{4}-\d{2}-\d{2}$/u.test(document.date) ? document.date : null;
  const from = Math.max(Number(timeframe.start?.slice(0, 4) ?? 0), Number(issued?.slice(0, 4) ?? 0));
  if (from === 0) return null;
  const firstYear = issued && `${from}-${timeframe.yearlyOn}` < issued ? from + 1 : from;
  return { date: `${firstYear}-${timeframe.yearlyOn}`, yearly: { dayOfYear: timeframe.yearlyOn, firstYear } };
}
