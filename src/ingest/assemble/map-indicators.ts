import type { Indicator } from '../../schema/index.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';

/**
 * The indicator a target measures: the first whose rules match the target's
 * own segment of the clause (then the whole clause) and whose unit agrees.
 */
export function mapIndicator(segment: string, clause: string, unit: string | null, indicators: Indicator[]): string | null {
  for (const text of [segment, clause]) {
    const key = foldVietnamese(text).toLowerCase();
    const found = indicators.find(
      (indicator) =>
        (indicator.unit === null || unit === null || indicator.unit === unit) &&
        indicator.match.some((rule) => new RegExp(rule, 'u').test(key)) &&
        !indicator.exclude.some((rule) => new RegExp(rule, 'u').test(key)),
    );
    if (found) return found.key;
  }
  return null;
}
