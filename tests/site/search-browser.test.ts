import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { measureSearch } from '../../scripts/lib/measure-search.ts';
import { dist } from './helpers.ts';

const session = useBrowserAndSite(dist);

const resultTitles = (page: Page) => page.locator('.search-result .result-title a').allTextContents();
const waitForReady = (page: Page) => page.waitForSelector('[data-search-app][data-ready="true"]');
const waitForResults = (page: Page, query: string) =>
  page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.complete === expected, query);

describe('the search page in Chromium', () => {
  it('finds tasks as you type, filters by agency, and lands on the task', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(page);
    await page.locator('#search-query').pressSequentially('so tai chinh', { delay: 20 });
    await waitForResults(page, 'so tai chinh');
    expect(new URL(page.url()).searchParams.get('q')).toBe('so tai chinh');
    expect(await page.getByRole('group', { name: 'Cơ quan chủ trì' }).count()).toBe(0);

    await page.locator('[data-search-filters-panel] summary').click();
    // Agencies are listed under their province: Sở Tài chính of Cao Bằng is one office.
    const caoBang = page.getByRole('group', { name: 'Cơ quan chủ trì' }).getByRole('group', { name: 'Cao Bằng' });
    await caoBang.getByLabel(/^Sở Tài chính \(\d+\)$/u).waitFor();
    await caoBang.getByLabel(/^Sở Tài chính \(\d+\)$/u).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('chu-tri') === 'Sở Tài chính – Cao Bằng');
    await waitForResults(page, 'so tai chinh');
    const leads = await page.locator('.search-result .result-meta span:first-child').allTextContents();
    expect(leads.length).toBeGreaterThanOrEqual(5);
    expect(leads.every((lead) => lead.includes('Sở Tài chính'))).toBe(true);

    const first = page.locator('.search-result .result-title a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(id).not.toBe('');
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.close();
  });

  it('starts the search engine once the page is idle, fetching nothing of the index, and searches a word of one or two letters only on Enter (issues 12, 25)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(page);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    // While the reader looks at the page: Pagefind's script, WebAssembly and metadata, initialised; nothing of the index.
    await page.waitForSelector('html[data-search-engine="ready"]');
    const engine = (await fetched()).filter((path) => path.includes('/pagefind/'));
    expect(engine).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
    expect(engine.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(engine.some((path) => /\/wasm\.[\w-]+\.pagefind$/u.test(path))).toBe(true);
    expect(engine.filter((path) => /\/(?:index|fragment|filter)\//u.test(path))).toEqual([]);

    await page.locator('#search-query').pressSequentially('gd', { delay: 20 });
    expect(await page.locator('[data-search-status]').textContent()).toContain('Gõ tiếp để tìm');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect((await fetched()).some((path) => path.includes('/pagefind/index/'))).toBe(false);

    await page.locator('#search-query').press('Enter');
    await waitForResults(page, 'gd');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('starts the engine with a click into the box or Ctrl held to paste, if the reader is quicker than the idle page (issue 12)', async () => {
    for (const act of [(page: Page) => page.locator('#search-query').click(), (page: Page) => page.locator('#search-query').press('Control')]) {
      const page = await session.browser.newPage();
      // A page never idle: only the reader's gesture can start the engine.
      await page.addInitScript(() => (window.requestIdleCallback = () => 0));
      await page.goto(`${session.origin}/tim-kiem/`);
      await waitForReady(page);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/')))).toBe(false);
      await act(page);
      await page.waitForSelector('html[data-search-engine="ready"]');
      await page.close();
    }
  });

  it('starts the engine on any page once it is idle, so the search its header box leads to finds it in the cache (issue 25)', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.origin}/co-quan/`);
    await page.waitForSelector('html[data-search-engine="ready"]');
    await page.locator('#header-search-input').fill('so tai chinh');
    await page.locator('#header-search-input').press('Enter');
    await page.waitForURL('**/tim-kiem/?q=so+tai+chinh');
    await waitForResults(page, 'so tai chinh');
    const wasm = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\/wasm\.[\w-]+\.pagefind$/u.test(entry.name)),
    );
    // Read from the cache: nothing crossed the network for it.
    expect(wasm.map((entry) => entry.transferSize)).toEqual([0]);
    await context.close();
  });

  it('starts the engine for a link with a query in parallel with the page: it needs nothing of the page\'s own script (issue 25)', async () => {
    const page = await session.browser.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${session.origin}/tim-kiem/?q=so+tai+chinh`);
    await page.waitForSelector('html[data-search-engine="ready"]');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  it("for a link with a query, asks for Pagefind's entry, metadata and WebAssembly while its script loads, each once (issue 25)", async () => {
    const page = await session.browser.newPage();
    // Pagefind's script held back: what the page asks for meanwhile, it asks for ahead of Pagefind.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    const engineFiles: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/pagefind\/(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind)$/u.test(path)) engineFiles.push(path);
    });
    await page.goto(`${session.origin}/tim-kiem/?q=so+tai+chinh`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => engineFiles.length).toBe(3);
    release();
    await waitForResults(page, 'so tai chinh');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    // Pagefind's own requests found the files in: none was asked for twice.
    expect(engineFiles).toHaveLength(3);
    expect(new Set(engineFiles).size).toBe(3);
    await page.close();
  });

  it('shifts nothing as the engine starts and a link\'s results arrive (CLS ≤ 0.1, issue 25)', async () => {
    for (const address of ['/tim-kiem/', '/tim-kiem/?q=so+tai+chinh']) {
      const page = await session.browser.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${session.origin}${address}`);
      await page.waitForSelector('html[data-search-engine="ready"]');
      if (address.includes('?q=')) await waitForResults(page, 'so tai chinh');
      await page.waitForTimeout(200);
      const shift = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
      expect(shift, address).toBeLessThanOrEqual(0.1);
      await page.close();
    }
  });

  it('when the engine cannot start, says so and submits its form as a plain link, a new try (issue 25)', async () => {
    const page = await session.browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(page);
    await page.waitForSelector('html[data-search-engine="failed"]');
    await page.locator('#search-query').fill('so tai chinh');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL('**/tim-kiem/?q=so+tai+chinh');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('Không tải được bộ tìm kiếm');
    expect(await page.locator('#search-query').inputValue()).toBe('so tai chinh');
    await page.close();
  });

  it('while the reader types, shows a screen of results and fetches the rest of the page only once typing pauses (issue 12)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(page);
    await page.locator('#search-query').pressSequentially('so tai chinh', { delay: 20 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === 'so tai chinh');
    const firstScreen = await page.locator('.search-result').count();
    const completeAtOnce = await page.locator('[data-search-results]').getAttribute('data-complete');
    await waitForResults(page, 'so tai chinh');
    expect(firstScreen).toBe(3);
    expect(completeAtOnce).toBeNull();
    expect(await page.locator('.search-result').count()).toBe(5);
    await page.close();
  });

  it.each(['Sở Khoa học và Công nghệ – Cao Bằng', 'Sở Nội vụ – Cao Bằng', 'Công an tỉnh – Cao Bằng', 'Sở Tài chính – Cao Bằng'])(
    'counts and shows only results with an item that has both the words and the filter value (truong, %s)',
    async (lead) => {
      // A result is a run of items: Pagefind finds it when one item is led by the agency and another holds the word.
      const page = await session.browser.newPage();
      await page.goto(`${session.origin}/tim-kiem/?q=truong&chu-tri=${encodeURIComponent(lead)}`);
      await waitForResults(page, 'truong');
      const cards = await page.locator('.search-result').count();
      const status = (await page.locator('[data-search-status]').textContent())!;
      expect(await page.locator('[data-search-more]').isHidden()).toBe(true);
      if (cards === 0) expect(status).toMatch(/^Không có kết quả/u);
      else expect(status).toMatch(new RegExp(`^${cards} kết quả`, 'u'));
      for (const item of await page.locator('.search-result .result-item:not([hidden])').all()) {
        expect(await item.textContent()).toMatch(/trường/iu);
      }
      await page.close();
    },
  );

  it('counts in the filters the items the page shows, and says when more results may hold more (issue 33.5)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/?q=so+tai+chinh`);
    await waitForResults(page, 'so tai chinh');
    await page.locator('[data-search-filters-panel] summary').click();
    const types = page.getByRole('group', { name: 'Loại' });
    await types.locator('label').first().waitFor();
    const labels = await types.locator('label').allTextContents();
    const counted = labels.reduce((sum, label) => sum + Number(/\((\d+)\)$/u.exec(label)?.[1] ?? 0), 0);
    // Every item of a result on the page, those folded under its "Xem thêm" too, has one type.
    expect(counted).toBe(await page.locator('.search-result .result-item').count());
    expect(await page.locator('.filter-note').textContent()).toMatch(/^Số trong ngoặc: số mục đang hiện/u);
    await page.close();
  });

  it('reopens the same results from a link pasted into a bulletin', async () => {
    const link = `${session.origin}/tim-kiem/?q=truong+noi+tru&tinh=Cao+B%E1%BA%B1ng`;
    const first = await session.browser.newPage();
    await first.goto(link);
    await waitForResults(first, 'truong noi tru');
    const titles = await resultTitles(first);
    const second = await session.browser.newPage();
    await second.goto(link);
    await waitForResults(second, 'truong noi tru');
    expect(titles.length).toBeGreaterThan(3);
    expect(await resultTitles(second)).toEqual(titles);
    expect(await second.getByRole('group', { name: 'Tỉnh' }).getByLabel(/^Cao Bằng/u).isChecked()).toBe(true);
    await first.close();
    await second.close();
  });

  it('reads a link that names an agency without its province as every office of that name (issue 13.7)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/?q=so+tai+chinh&chu-tri=${encodeURIComponent('Sở Tài chính')}`);
    await waitForResults(page, 'so tai chinh');
    expect(new URL(page.url()).searchParams.getAll('chu-tri')).toEqual(['Sở Tài chính – Cao Bằng']);
    const caoBang = page.getByRole('group', { name: 'Cơ quan chủ trì' }).getByRole('group', { name: 'Cao Bằng' });
    expect(await caoBang.getByLabel(/^Sở Tài chính \(\d+\)$/u).isChecked()).toBe(true);
    const leads = await page.locator('.search-result .result-meta span:first-child').allTextContents();
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((lead) => lead.includes('Sở Tài chính'))).toBe(true);
    await page.close();
  });

  it('works on a phone-sized screen', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${session.origin}/tim-kiem/?q=dao+tao`);
    await waitForResults(page, 'dao tao');
    expect(await page.locator('.search-result').first().isVisible()).toBe(true);
    expect(await page.locator('[data-search-filters-panel]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.locator('[data-search-filters-panel] summary').tap();
    await page.getByRole('group', { name: 'Loại' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });

  it('says that search needs JavaScript, and where to look instead, when it is off', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/tim-kiem/?q=so+tai+chinh`);
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('Tìm kiếm cần JavaScript');
    expect(await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/co-quan/',
      '/so-sanh/',
      '/chi-tieu/',
    ]);
    await context.close();
  });

  it('costs at most 60 kB before the engine, which comes once the page is idle, and 150 kB more for the first query (issues 12, 25), the filters left for when they are opened', async () => {
    const cost = await measureSearch(session.browser, session.site, ['so tai chinh', 'truong noi tru', 'gddt', '43-KH/TU']);
    console.log(`[search] ${cost.pageBytes} bytes for the page, then ${cost.engineBytes} for the engine; the first query adds ${cost.firstBytes} (${cost.requests} requests in all)`);
    expect(cost.pageBytes).toBeLessThanOrEqual(60_000);
    expect(cost.engineBytes).toBeGreaterThan(0);
    expect(cost.firstBytes).toBeLessThanOrEqual(150_000);
  });

  it('filters the agencies of a province as one types, without tone marks (issue 13.4)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tinh/cao-bang/co-quan/`);
    const rows = page.locator('main table.data-table tbody tr');
    const all = await rows.count();
    await page.getByLabel(/^Lọc theo tên cơ quan/u).fill('so tai chinh');
    const shown = await page.locator('main table.data-table tbody tr:not([hidden])').allTextContents();
    expect(all).toBeGreaterThan(10);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Sở Tài chính');
    expect(await page.getByRole('status').filter({ hasText: 'cơ quan khớp' }).textContent()).toBe('1 cơ quan khớp “so tai chinh”.');
    await page.close();
  });
});

