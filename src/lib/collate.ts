/** Vietnamese alphabetical order (đ after d, tone marks after the bare letter). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byVietnamese<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => vietnameseCollator.compare(key(a), key(b));
}

/** Newest first by issue date (undated last), then alphabetically by title. */
export function newestFirst<T extends { date: string | null; title: string }>(a: T, b: T): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || vietnameseCollator.compare(a.title, b.title);
}
