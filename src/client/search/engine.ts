import type { ResultData } from '../../lib/search-results.ts';

/** Filter key → value → how many results have it. */
export type FilterCounts = Record<string, Record<string, number>>;

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(query: string | null, options: { filters: Record<string, string[]> }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: { filters: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/**
 * Pagefind, loaded in three steps, each once and only when needed: its
 * script (13 kB, fetching nothing more), then the engine (its WebAssembly
 * and the index's metadata), then every filter's values (which grow with
 * the corpus). Nothing of the index is fetched before the reader starts.
 */
export class SearchEngine {
  private runtime: Promise<Pagefind> | null = null;
  private engine: Promise<Pagefind> | null = null;
  private filterValues: Promise<void> | null = null;
  /** Every value of each filter over the whole index, once `loadFilters` has run. */
  allValues: FilterCounts = {};

  constructor(private readonly onRuntime: () => void) {}

  loadRuntime(): Promise<Pagefind> {
    return (this.runtime ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
      // In the page's own thread: a worker would cost a second copy of the runtime (43 kB) for searches that take a few milliseconds.
      await pagefind.options({ noWorker: true });
      this.onRuntime();
      return pagefind;
    })());
  }

  start(): Promise<Pagefind> {
    return (this.engine ??= this.loadRuntime().then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    }));
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
