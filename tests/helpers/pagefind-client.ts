import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { normaliseQuery } from '../../src/lib/search-text.ts';

export interface Found {
  url: string;
  meta: Record<string, string>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: Array<{ data(): Promise<Found> }>; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The built index, served on 127.0.0.1 and queried from Node with Pagefind's
 * own client, reading queries the way the search page does.
 */
export async function openSearch(dist: string): Promise<{
  search(query: string, filters?: Record<string, string[]>): Promise<{ found: Found[]; filters: Record<string, Record<string, number>> }>;
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
      const response = await pagefind.search(query ? normaliseQuery(query) : null, { filters });
      return { found: await Promise.all(response.results.map((result) => result.data())), filters: response.filters };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
