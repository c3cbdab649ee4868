import type { Browser } from 'playwright-core';

/** What the search page costs a reader, in Chromium on loopback. */
export interface SearchCost {
  /** Bytes loaded by the search page before any query. */
  pageBytes: number;
  /** Bytes the first query adds. */
  firstBytes: number;
  /** Requests in all. */
  requests: number;
  /** Keystroke to results, per query, in milliseconds (the page's debounce included). */
  times: number[];
}

/** Type each query's last key into the search page and time it until its results show. */
export async function measureSearch(browser: Browser, origin: string, queries: string[]): Promise<SearchCost> {
  const page = await browser.newPage();
  const sizes: Array<Promise<number>> = [];
  page.on('response', (response) => sizes.push(response.body().then((body) => body.length, () => 0)));
  const transferred = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await page.goto(`${origin}/tim-kiem/`);
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
  await page.close();
  return { pageBytes, firstBytes, requests: sizes.length, times };
}
