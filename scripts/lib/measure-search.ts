import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServedSite } from './browser.ts';

/** What the search page costs a reader, in Chromium on loopback. */
export interface SearchCost {
  /** Bytes the server sent for the search page itself before any query (the page, its style and script), headers excluded. */
  pageBytes: number;
  /** Bytes of Pagefind's engine (script, WebAssembly, index metadata) fetched while the page is idle, before any query. */
  engineBytes: number;
  /** Bytes the first query adds. */
  firstBytes: number;
  /** Requests in all. */
  requests: number;
  /** Keystroke to results, per query, in milliseconds: the first with the engine started while the reader looked at the page. */
  times: number[];
}

/** What a first query costs a reader who types it, a key at a time. */
export interface TypedQueryCost {
  /** Bytes fetched from the first key on. */
  bytes: number;
  /** Last keystroke to results, in milliseconds. */
  time: number;
}

const PAGEFIND = '/pagefind/';

/**
 * Each query but its last key put into the search box at once (as pasted), then its last key typed,
 * timed until its results show. The page is first left to load and go idle, as a reader looks at it
 * before searching: Pagefind starts then.
 */
export async function measureSearch(browser: Browser, site: ServedSite, queries: string[]): Promise<SearchCost> {
  const { context, page } = await freshWindow(browser);
  let requests = 0;
  context.on('request', () => requests++);
  const before = { all: site.bytesSent(), engine: site.bytesSent(PAGEFIND) };
  await openSearchPage(page, site);
  await page.waitForLoadState('networkidle');
  const engineBytes = site.bytesSent(PAGEFIND) - before.engine;
  const pageBytes = site.bytesSent() - before.all - engineBytes;
  let firstBytes = 0;
  const times: number[] = [];
  for (const query of queries) {
    await page.locator('#search-query').fill(query.slice(0, -1));
    times.push(await timeLastKey(page, query));
    if (times.length === 1) {
      await page.waitForLoadState('networkidle');
      firstBytes = site.bytesSent() - before.all - pageBytes - engineBytes;
    }
  }
  await context.close();
  return { pageBytes, engineBytes, firstBytes, requests, times };
}

/** A first query typed a key every `keyDelay` ms (150: a brisk typist) as soon as the page is ready, timed from its last key. */
export async function measureTypedQuery(browser: Browser, site: ServedSite, query: string, keyDelay = 150): Promise<TypedQueryCost> {
  const { context, page } = await freshWindow(browser);
  await page.goto(`${site.origin}/tim-kiem/`);
  await page.waitForSelector('[data-search-app][data-ready="true"]');
  const before = site.bytesSent();
  await page.locator('#search-query').pressSequentially(query.slice(0, -1), { delay: keyDelay });
  await page.waitForTimeout(keyDelay);
  const time = await timeLastKey(page, query);
  await page.waitForLoadState('networkidle');
  const bytes = site.bytesSent() - before;
  await context.close();
  return { bytes, time };
}

/** A link with `?q=` (from a bulletin) opened in a fresh browser: milliseconds from the request for the page to its first result, and to its first screen of results. */
export async function measureLinkQuery(browser: Browser, site: ServedSite, query: string): Promise<{ firstResult: number; firstScreen: number }> {
  const { context, page } = await freshWindow(browser);
  await page.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  const times = await quietlyWaitFor<{ firstResult: number; firstScreen: number }>(
    page,
    `document.querySelector('[data-search-results]')?.dataset.query === ${JSON.stringify(query)}`,
    `(({ firstShownAt, shownAt }) => ({ firstResult: Number(firstShownAt), firstScreen: Number(shownAt) }))(document.querySelector('[data-search-results]').dataset)`,
  );
  await context.close();
  return times;
}

/** How long a new window's own work takes: Chromium loads its address bar's popup pages with every new window, on the same two cores. */
const WINDOW_SETTLES_MS = 1000;

/** A new browser context (nothing cached), its window left to settle before the page measured is asked for. */
async function freshWindow(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.waitForTimeout(WINDOW_SETTLES_MS);
  return { context, page };
}

/**
 * Waits until `condition` (a JavaScript expression) holds in the page, then returns the value of `result`. The times
 * are taken by the page itself; asked for once the network is idle, over the DevTools protocol: Playwright's own waits
 * inject its helper script into the page, tens of milliseconds of compiling on the page's main thread, which would
 * land in the middle of the times measured.
 */
async function quietlyWaitFor<T>(page: Page, condition: string, result: string): Promise<T> {
  const devtools = await page.context().newCDPSession(page);
  const expression = `new Promise((resolve) => { const check = () => (${condition}) ? resolve(${result}) : setTimeout(check, 10); check(); })`;
  const { result: value, exceptionDetails } = await devtools.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  await devtools.detach();
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return value.value as T;
}

/** The search page loaded and idle, its engine started. */
async function openSearchPage(page: Page, site: ServedSite): Promise<void> {
  await page.goto(`${site.origin}/tim-kiem/`);
  await page.waitForSelector('[data-search-app][data-ready="true"]');
  await page.waitForSelector('html[data-search-engine="ready"]');
}

async function timeLastKey(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    document.querySelector('#search-query')!.addEventListener('keydown', () => ((window as unknown as { t0: number }).t0 = performance.now()), { once: true });
  });
  await page.locator('#search-query').press(query.at(-1)!);
  await page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === expected, query);
  return page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0);
}

/** Where the yardsticks' pages go in a built site (the benchmark's own build only). */
const YARDSTICKS = '__bench';

/**
 * Two pages beside a built site, the yardsticks of the search page: Pagefind's bare engine (import,
 * init, a search, one result's data, nothing else on the page) and Pagefind's stock UI, its debounce
 * set to 0 as the search page has none.
 */
export function writeSearchYardsticks(dist: string): void {
  const folder = join(dist, YARDSTICKS);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'bare.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title><script type="module" src="bare.js"></script></head><body></body></html>\n`);
  writeFileSync(
    join(folder, 'bare.js'),
    `const started = performance.now();
const pagefind = await import('${PAGEFIND}pagefind.js');
await pagefind.options({ noWorker: true });
await pagefind.init();
const search = await pagefind.search(new URLSearchParams(location.search).get('s'));
await search.results[0]?.data();
document.body.dataset.fromImport = String(performance.now() - started);
document.body.dataset.fromRequest = String(performance.now());
`,
  );
  writeFileSync(
    join(folder, 'stock-ui.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind UI</title><link rel="stylesheet" href="${PAGEFIND}pagefind-ui.css"><script src="${PAGEFIND}pagefind-ui.js"></script><script type="module" src="stock-ui.js"></script></head><body><div id="search"></div></body></html>\n`,
  );
  // No debounce: the search page searches at each key too, so the two are timed alike (its default 300 ms would be counted).
  writeFileSync(join(folder, 'stock-ui.js'), `new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: 0 });\n`);
}

/**
 * Pagefind's bare engine on a page of its own, searching `search` (the words the search page's first
 * search sends): milliseconds from its import to one result's data, and from the request for the page.
 */
export async function measureBareEngine(browser: Browser, site: ServedSite, search: string): Promise<{ fromImport: number; fromRequest: number }> {
  const { context, page } = await freshWindow(browser);
  await page.goto(`${site.origin}/${YARDSTICKS}/bare.html?s=${encodeURIComponent(search)}`, { waitUntil: 'networkidle' });
  const times = await quietlyWaitFor<{ fromImport: number; fromRequest: number }>(
    page,
    `document.body.dataset.fromRequest !== undefined`,
    `({ fromImport: Number(document.body.dataset.fromImport), fromRequest: Number(document.body.dataset.fromRequest) })`,
  );
  await context.close();
  return times;
}

/** Pagefind's stock UI, a first query searched, then each of `queries` pasted but its last key and that key typed: milliseconds to its results. */
export async function measureStockUi(browser: Browser, site: ServedSite, first: string, queries: string[]): Promise<number[]> {
  const { context, page } = await freshWindow(browser);
  await page.goto(`${site.origin}/${YARDSTICKS}/stock-ui.html`);
  const input = page.locator('.pagefind-ui__search-input');
  const shown = (query: string) =>
    page.waitForFunction((expected) => (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(`for ${expected}`) && document.querySelector('.pagefind-ui__result-title'), query);
  await input.fill(first);
  await shown(first);
  const times: number[] = [];
  for (const query of queries) {
    await input.fill(query.slice(0, -1));
    const started = await page.evaluate(() => performance.now());
    await input.press(query.at(-1)!);
    await shown(query);
    times.push((await page.evaluate(() => performance.now())) - started);
  }
  await context.close();
  return times;
}
