import type { ResultData } from '../../lib/search-results.ts';

/** Filter key → value → how many results have it. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface Pagefind {
  preload(query: string | null, options: { filters: Record<string, string[]> }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: { filters: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

declare global {
  interface Window {
    /** Pagefind loaded and initialised, once (public/scripts/page-start.js, run before the page is drawn). */
    startPagefind(): Promise<Pagefind>;
  }
}

/**
 * Pagefind, in two steps, each once: the engine (its script, WebAssembly
 * and the index's metadata, started by page-start.js while the reader looks
 * at the page, or at once for a link with a query), then every filter's
 * values (which grow with the corpus), only when the filters are opened or
 * a link sets one.
 */
export class SearchEngine {
  private engine: Promise<Pagefind> | null = null;
  private filterValues: Promise<void> | null = null;
  /** Every value of each filter over the whole index, once `loadFilters` has run. */
  allValues: FilterCounts = {};

  start(): Promise<Pagefind> {
    return (this.engine ??= window.startPagefind());
  }

  loadFilters(): Promise<void> {
    return (this.filterValues ??= this.start().then(async (pagefind) => {
      this.allValues = await pagefind.filters();
    }));
  }

  get filtersLoading(): boolean {
    return this.filterValues !== null;
  }
}
