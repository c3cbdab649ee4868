import type { CorrectedField, ReadingReview, Review, ReviewScope } from '../schema/index.ts';
import { formatIsoDate } from './format.ts';

/** What an editor corrected, as the site names it. */
const FIELD_WORDS: Record<CorrectedField, string> = {
  added: 'bổ sung mục máy đọc sót',
  lead: 'cơ quan chủ trì',
  support: 'cơ quan phối hợp',
  timeframe: 'thời gian',
  theme: 'chủ đề',
  agencies: 'cơ quan',
  comparator: 'giá trị',
  value: 'giá trị',
  max: 'giá trị',
  unit: 'đơn vị',
  year: 'năm',
  indicator: 'chỉ số',
};

/** What a review checked, as the site names it. */
const SCOPE_WORDS: Record<ReviewScope, string> = {
  all: 'toàn bộ văn bản',
  tasks: 'nhiệm vụ',
  leads: 'cơ quan chủ trì, phối hợp',
  timeframes: 'thời gian',
  themes: 'chủ đề',
  responsibilities: 'trách nhiệm',
  targets: 'chỉ tiêu',
};

/** `cơ quan chủ trì, thời gian` (each named once). */
export function correctedWording(fields: CorrectedField[]): string {
  return [...new Set(fields.map((field) => FIELD_WORDS[field]))].join(', ');
}

/** How a record was read, for a table cell: by the machine, checked by a person, or corrected by one. */
export function readingState(record: { reviewed: boolean; corrected: CorrectedField[] }): string {
  if (record.corrected.length > 0) return `Biên tập viên hiệu chỉnh: ${correctedWording(record.corrected)}`;
  return record.reviewed ? 'Đã rà soát' : 'Đọc tự động';
}

/** `nhiệm vụ, cơ quan chủ trì, phối hợp — Nguyễn Văn A, ngày 07/12/2026` */
export function reviewWording(review: Review): string {
  return `${review.checked.map((scope) => SCOPE_WORDS[scope]).join(', ')} — ${review.by}, ngày ${formatIsoDate(review.on)}`;
}

/** The latest review, or null when no person reviewed the reading. */
export function latestReview(review: ReadingReview): Review | null {
  return [...review.reviews].sort((a, b) => a.on.localeCompare(b.on)).at(-1) ?? null;
}

/** How many of a document's corrections apply, and how many no longer fit its words. */
export function correctionCounts(review: ReadingReview): { applied: number; stale: number; unneeded: number } {
  const count = (status: ReadingReview['corrections'][number]['status']) => review.corrections.filter((entry) => entry.status === status).length;
  return { applied: count('applied'), stale: count('stale'), unneeded: count('unneeded') };
}
