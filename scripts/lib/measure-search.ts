import type { Browser, Page } from 'playwright-core';
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

/** What a first query costs a reader who types it, a key at a time. */
export interface TypedQueryCost {
  /** Bytes fetched from the first key on. */
  bytes: number;
  /** Last keystroke to results, in milliseconds. */
  time: number;
}

/**
 * Each query but its last key put into the search box at once (as pasted), then its last key typed,
 * timed until its results show: the first query's time is the worst case, Pagefind started by it.
 */
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
  await openSearchPage(page, site);
  const pageBytes = await transferred();
  let firstBytes = 0;
  const times: number[] = [];
  for (const query of queries) {
    await page.locator('#search-query').fill(query.slice(0, -1));
    times.push(await timeLastKey(page, query));
    if (times.length === 1) firstBytes = (await transferred()) - pageBytes;
  }
  await context.close();
  return { pageBytes, firstBytes, requests, times };
}

/** A first query typed a key every `keyDelay` ms (150: a brisk typist), timed from its last key. */
export async function measureTypedQuery(browser: Browser, site: ServedSite, query: string, keyDelay = 150): Promise<TypedQueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSearchPage(page, site);
  await page.waitForLoadState('networkidle');
  const before = site.bytesSent();
  await page.locator('#search-query').pressSequentially(query.slice(0, -1), { delay: keyDelay });
  await page.waitForTimeout(keyDelay);
  const time = await timeLastKey(page, query);
  await page.waitForLoadState('networkidle');
  const bytes = site.bytesSent() - before;
  await context.close();
  return { bytes, time };
}

/** The search page loaded, with what it fetches before a query (Pagefind's script, once the page is idle). */
async function openSearchPage(page: Page, site: ServedSite): Promise<void> {
  await page.goto(`${site.origin}/tim-kiem/`);
  await page.waitForSelector('[data-search-app][data-ready="true"][data-runtime="loaded"]');
}

async function timeLastKey(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    document.querySelector('#search-query')!.addEventListener('keydown', () => ((window as unknown as { t0: number }).t0 = performance.now()), { once: true });
  });
  await page.locator('#search-query').press(query.at(-1)!);
  await page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === expected, query);
  return page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0);
}
