import { describe, expect, it } from 'vitest';
import { baselineMark } from '../../src/lib/baseline.ts';
import type { Target } from '../../src/schema/index.ts';

const target = (value: number, unit: string | null = '%'): Target => ({
  id: 'x',
  document: 'd',
  province: null,
  block: 'b',
  indicator: 'i',
  reviewed: false,
  corrected: [],
  text: 't',
  segment: 's',
  phrase: 'p',
  comparator: '>=',
  value,
  unit,
  year: 2030,
  source: { line: 1, endLine: 1 },
});

describe('a province’s target against the national one (issue 13.8)', () => {
  it('marks it above, equal or below the one national value of the same unit', () => {
    expect(baselineMark(target(100), [target(80)])).toBe('above');
    expect(baselineMark(target(80), [target(80)])).toBe('equal');
    expect(baselineMark(target(50), [target(80), target(80)])).toBe('below');
  });

  it('does not compare where the nation sets two values, or in another unit', () => {
    expect(baselineMark(target(70), [target(85), target(60)])).toBeNull();
    expect(baselineMark(target(70, 'người'), [target(80)])).toBeNull();
    expect(baselineMark(target(70), [])).toBeNull();
  });
});
