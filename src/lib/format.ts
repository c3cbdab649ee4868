import type { Target, Timeframe } from '../schema/index.ts';

/** `2026-02-15` → `15/02/2026`, `2026-02` → `tháng 02/2026`, `2026` → `năm 2026`. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  if (day) return `${day}/${month}/${year}`;
  if (month) return `tháng ${month}/${year}`;
  return `năm ${year}`;
}

/** When the timeframe is due, for sorting: its end, else its start, else last. */
export function deadlineKey(timeframe: Timeframe | null): string {
  return timeframe?.end ?? timeframe?.start ?? '9999';
}

const COMPARATOR_WORDS: Record<Target['comparator'], string> = {
  '>': 'trên',
  '>=': 'ít nhất',
  '<': 'dưới',
  '<=': 'tối đa',
  '=': '',
  range: 'từ',
};

/** `ít nhất 80%`, `trên 0,85`, `từ 35 đến 40%`. */
export function formatTargetValue(target: Pick<Target, 'comparator' | 'value' | 'max' | 'unit'>): string {
  const number = (value: number) => value.toLocaleString('vi-VN');
  const unit = target.unit ? (target.unit.startsWith('%') ? target.unit : ` ${target.unit}`) : '';
  const words = COMPARATOR_WORDS[target.comparator];
  const amount =
    target.comparator === 'range' ? `${number(target.value)} đến ${number(target.max ?? target.value)}` : number(target.value);
  return `${words ? `${words} ` : ''}${amount}${unit}`;
}
