import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { searchSteps } from '../../src/lib/search-text.ts';
import { itemsToShow, type ResultData, type SearchItem } from '../../src/lib/search-results.ts';

export type Found = SearchItem;

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<ResultData> }>; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The built index, served on 127.0.0.1 and queried from Node with Pagefind's
 * own client, reading queries and results the way the search page does, to
 * the last of them: every search step run (`searchSteps`), `results` the
 * records, `found` the items they show, `filters` the counts of the widest.
 */
export async function openSearch(dist: string): Promise<{
  search(
    query: string,
    filters?: Record<string, string[]>,
  ): Promise<{ results: ResultData[]; found: Found[]; filters: Record<string, Record<string, number>> }>;
  close(): Promise<void>;
}> {
  const server: Server = createStaticServer(dist, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ basePath: `http://127.0.0.1:${address.port}/pagefind/` });
  // As the search page does: load the filter index first, so that every search reports filter counts.
  await pagefind.filters();
  return {
    async search(query, filters = {}) {
      const results: ResultData[] = [];
      const found: Found[] = [];
      const seen = new Set<string>();
      let counts: Record<string, Record<string, number>> = {};
      for (const step of query ? searchSteps(query) : [null]) {
        const response = await pagefind.search(step, { filters });
        const fresh = response.results.filter((result) => !seen.has(result.id));
        fresh.forEach((result) => seen.add(result.id));
        for (const data of await Promise.all(fresh.map((result) => result.data()))) {
          results.push(data);
          found.push(...itemsToShow(data, filters, step));
        }
        counts = response.filters;
      }
      return { results, found, filters: counts };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
