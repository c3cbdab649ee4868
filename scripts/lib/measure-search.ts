import type { Browser } from 'playwright-core';
import type { ServedSite } from './browser.ts';

/** What the search page costs a reader, in Chromium on loopback. */
export interface SearchCost {
  /** Bytes the server sent for the search page before any query, headers included. */
  pageBytes: number;
  /** Bytes the first query adds. */
  firstBytes: number;
  /** Requests in all. */
  requests: number;
  /** Keystroke to results, per query, in milliseconds. */
  times: number[];
}

/** Type each query's last key into the search page and time it until its results show. */
export async function measureSearch(browser: Browser, site: ServedSite, queries: string[]): Promise<SearchCost> {
  // A context of its own: nothing cached by an earlier page.
  const context = await browser.newContext();
  const page = await context.newPage();
  let requests = 0;
  context.on('request', () => requests++);
  const before = site.bytesSent();
  const transferred = async () => {
    await page.waitForLoadState('networkidle');
    return site.bytesSent() - before;
  };
  await page.goto(`${site.origin}/tim-kiem/`);
  await page.waitForSelector('[data-search-app][data-ready="true"]');
  const pageBytes = await transferred();
  let firstBytes = 0;
  const times: number[] = [];
  for (const query of queries) {
    await page.locator('#search-query').fill(query.slice(0, -1));
    await page.evaluate(() => {
      document.querySelector('#search-query')!.addEventListener('keydown', () => ((window as unknown as { t0: number }).t0 = performance.now()), { once: true });
    });
    await page.locator('#search-query').press(query.at(-1)!);
    await page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === expected, query);
    times.push(await page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0));
    if (times.length === 1) firstBytes = (await transferred()) - pageBytes;
  }
  await context.close();
  return { pageBytes, firstBytes, requests, times };
}
