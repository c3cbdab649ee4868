import { describe, expect, it } from 'vitest';
import { timeframeWording } from '../../src/lib/format.ts';

describe('a timeframe worded one way wherever it is shown (issue 33.5)', () => {
  it('reads the two wordings of one timeframe in a plan the same', () => {
    expect(timeframeWording('thực hiện hằng năm, từ năm 2026')).toBe('Hằng năm, từ năm 2026');
    expect(timeframeWording('Hằng năm (từ năm 2026)')).toBe('Hằng năm, từ năm 2026');
  });

  it('keeps what a wording says: a date, a quarter, a closing mark dropped', () => {
    expect(timeframeWording('Trước 15/12/2026.')).toBe('Trước 15/12/2026');
    expect(timeframeWording('quý I/2026')).toBe('Quý I/2026');
    expect(timeframeWording('Năm 2026 (hoàn thành trước tháng 6)')).toBe('Năm 2026, hoàn thành trước tháng 6');
  });
});
