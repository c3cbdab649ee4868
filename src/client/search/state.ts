import { AGENCY_PROVINCE } from '../../lib/search-text.ts';
import { SEARCH_FILTERS } from '../../lib/search-results.ts';

/** What the search page shows, all of it in the URL (`?q=…&tinh=…`): a link pasted into a bulletin reopens the same results. */
export interface State {
  query: string;
  filters: Record<string, string[]>;
}

/** Filter keys (also URL parameters) and their labels, in the order shown. */
export const FILTERS: Array<[string, string]> = Object.values(SEARCH_FILTERS).map(({ key, label }) => [key, label]);
/** Filters whose values are agencies, named with their province. */
export const AGENCY_FILTERS: ReadonlySet<string> = new Set([SEARCH_FILTERS.lead.key, SEARCH_FILTERS.support.key]);

export function readState(): State {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: State, mode: 'push' | 'replace'): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key] of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function hasFilters(state: State): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** A link written before agencies were named with their province (`chu-tri=Sở Tài chính`) means every such office. */
export function withProvinces(filters: Record<string, string[]>, allValues: Record<string, Record<string, number>>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(filters).map(([key, values]) => [
      key,
      AGENCY_FILTERS.has(key)
        ? [...new Set(values.flatMap((value) => (value.includes(AGENCY_PROVINCE) ? [value] : officesNamed(value, Object.keys(allValues[key] ?? {})))))]
        : values,
    ]),
  );
}

/**
 * A query of one word of one or two letters, while it is typed: it is most
 * likely the start of a longer one, and searched it would read every word
 * beginning so (`s`, `so`: a large part of the index). Enter searches it.
 */
export function isWordBegun(query: string): boolean {
  return query.length > 0 && query.length < 3 && !/\s|\d/u.test(query);
}

/** An agency filter value's parts: `Sở Tài chính – Cao Bằng`. */
export const nameOf = (value: string) => value.split(AGENCY_PROVINCE)[0]!;
export const provinceOf = (value: string) => value.split(AGENCY_PROVINCE)[1] ?? '';

/** Every office a name stands for, or the name itself when none has it. */
function officesNamed(name: string, known: string[]): string[] {
  const offices = known.filter((value) => nameOf(value) === name);
  return offices.length > 0 ? offices : [name];
}
