import type { Target } from '../schema/index.ts';

/** How a province's target stands against the national one for the same indicator and year. */
export type BaselineMark = 'above' | 'equal' | 'below' | 'missing';

export const BASELINE_WORDS: Record<BaselineMark, string> = {
  above: 'cao hơn mức Trung ương',
  equal: 'bằng mức Trung ương',
  below: 'thấp hơn mức Trung ương',
  missing: 'chưa đặt chỉ tiêu này',
};

/**
 * Compares values only where there is one national value to compare with and
 * the same unit: two national values for one indicator (85 % and < 60 %) say
 * different things, and `%` is not `người`.
 */
export function baselineMark(target: Target, national: Target[]): BaselineMark | null {
  const values = new Set(national.map((entry) => `${entry.value}|${entry.unit}`));
  if (values.size !== 1) return null;
  const [reference] = national;
  if (reference!.unit !== target.unit) return null;
  return target.value > reference!.value ? 'above' : target.value < reference!.value ? 'below' : 'equal';
}
