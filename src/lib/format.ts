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
/**
 * A timeframe worded one way wherever it is shown: `thực hiện hằng năm, từ
 * năm 2026` and `Hằng năm (từ năm 2026)` both read `Hằng năm, từ năm 2026`
 * (the exports keep the words as written).
 */
export function timeframeWording(raw: string): string {
  const words = raw
    .trim()
    .replace(/^thực hiện\s+/iu, '')
    .replace(/\s*\(([^()]+)\)$/u, ', $1')
    .replace(/[.;,]+$/u, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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

/** `12,4 kB`, `1,2 MB`: a file's size as a reader weighs a download (Vietnamese decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toFixed(1).replace('.', ',')} ${unit}`;
}

/** `.docx` → `Word .docx`, `.txt` → `văn bản .txt`: what a file is, for a download link. */
export function formatFileKind(path: string): string {
  const extension = /\.([a-z0-9]+)$/iu.exec(path)?.[1]?.toLowerCase() ?? '';
  return { docx: 'Word .docx', pdf: 'PDF', txt: 'văn bản .txt', md: 'văn bản .md' }[extension] ?? extension;
}
