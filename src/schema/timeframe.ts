import { z } from './zod.ts';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/** When a task is to be done, as written and as far as it can be read. */
export const TimeframeSchema = z.object({
  /** The words of the source, e.g. `Quý I/2026`, `Hằng năm (từ năm 2026)`. */
  raw: z.string().min(1),
  /** First day of the period, ISO date. */
  start: IsoDateSchema.optional(),
  /** Deadline or last day of the period, ISO date. */
  end: IsoDateSchema.optional(),
  /** Repeating work: every year, every school year, or ongoing. */
  recurrence: z.enum(['yearly', 'school-year', 'ongoing']).optional(),
  /** The day the words say the work is due: a date written, or the last day of a month or quarter written; never a year or a period. */
  due: IsoDateSchema.optional(),
  /** The day of every year the words say a yearly duty is due (`trước ngày 15/12 hằng năm`), `MM-DD`. */
  yearlyOn: z.string().regex(/^\d{2}-\d{2}$/u).optional(),
});
export type Timeframe = z.infer<typeof TimeframeSchema>;
