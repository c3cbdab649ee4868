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

  it('starts the search engine with a click into the box, Ctrl held to paste or the first letter typed, but searches a word of one or two letters only on Enter (issue 12)', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(page);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    // Before a query: Pagefind's script, once the page is idle, and nothing of the index.
    await page.waitForSelector('[data-search-app][data-runtime="loaded"]');
    expect((await fetched()).filter((path) => path.includes('/pagefind/'))).toEqual(['/pagefind/pagefind.js']);

    await page.locator('#search-query').pressSequentially('gd', { delay: 20 });
    await expect.poll(async () => (await fetched()).some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toContain('Gõ tiếp để tìm');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect((await fetched()).some((path) => path.includes('/pagefind/index/'))).toBe(false);

    await page.locator('#search-query').press('Enter');
    await waitForResults(page, 'gd');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();

    // A click into the box starts it too, before any key.
    const clicked = await session.browser.newPage();
    await clicked.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(clicked);
    await clicked.locator('#search-query').click();
    await expect
      .poll(() => clicked.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.pf_meta'))))
      .toBe(true);
    await clicked.close();

    // So does Ctrl, held to paste.
    const pasting = await session.browser.newPage();
    await pasting.goto(`${session.origin}/tim-kiem/`);
    await waitForReady(pasting);
    await pasting.locator('#search-query').press('Control');
    await expect
      .poll(() => pasting.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.pf_meta'))))
      .toBe(true);
    await pasting.close();
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

  it('loads at most 60 kB before a query and 150 kB more for the first one (issue 12), the filters left for when they are opened', async () => {
    const cost = await measureSearch(session.browser, session.site, ['so tai chinh', 'truong noi tru', 'gddt', '43-KH/TU']);
    console.log(`[search] ${cost.pageBytes} bytes before a query; the first query adds ${cost.firstBytes} (${cost.requests} requests in all)`);
    expect(cost.pageBytes).toBeLessThanOrEqual(60_000);
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

