/**
 * Long lists are cut into pages of a fixed size, so that no page grows with
 * the corpus: page 1 lives at the list's own address, page n at `trang-n/`.
 * The whole list stays in the open-data downloads.
 */
export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** Index in the whole list of this page's first item. */
  offset: number;
  /** Items in the whole list. */
  total: number;
}

/** The pages of `items`; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size = PAGE_SIZE): Array<Page<T>> {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    offset: index * size,
    total: items.length,
  }));
}

/** The `[...page]` route parameter of page `number`: none for the first. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/** The address of page `number` of a list whose first page is at `first` (ending in `/`). */
export function pageUrl(first: string, number: number): string {
  return number === 1 ? first : `${first}trang-${number}/`;
}

/** Consecutive items with the same key, as runs: one heading per run on a page. */
export function runsOf<T, K>(items: T[], keyOf: (item: T) => K): Array<{ key: K; items: T[] }> {
  const runs: Array<{ key: K; items: T[] }> = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Provinces set side by side on one page (comparison columns, target matrix columns). */
export const PROVINCES_PER_PAGE = 12;

/**
 * How many items each of `groups` groups may show so that the page shows
 * about `budget` in all, never fewer than `min` nor more than `max` a group.
 */
export function shareOf(budget: number, groups: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, Math.floor(budget / Math.max(1, groups))));
}
