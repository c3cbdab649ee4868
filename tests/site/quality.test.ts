import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { dist, sitePages } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = {
  home: '/',
  document: '/cao-bang-kh-ubnd-2026-02/',
  agency: '/co-quan/cao-bang-so-tai-chinh/',
  comparison: '/so-sanh/the-che/',
  targets: '/chi-tieu/',
  task: '/nhiem-vu/cao-bang-kh-ubnd-2026-02/iii-2-4-y3/',
  search: '/tim-kiem/?q=so+tai+chinh',
  nationalItem: '/theo-muc/bo-chinh-tri-71-nq-tw/iii-2-y2/',
};
/** Every other type of page, checked by axe too (issue 21.8). */
const MORE_PAGES = {
  national: '/bo-chinh-tri-71-nq-tw/',
  reference: '/van-ban/71-nq-tw/',
  kind: '/co-quan/so-giao-duc-va-dao-tao/',
  agencyPrint: '/co-quan/cao-bang-so-tai-chinh/in/',
  agencies: '/co-quan/',
  matrix: '/so-sanh/',
  itemMatrix: '/theo-muc/',
  itemRegion: '/theo-muc/bo-chinh-tri-71-nq-tw/iii-2-y2/cao-bang/',
  region: '/tinh/cao-bang/',
  regionAgencies: '/tinh/lam-dong/co-quan/',
  references: '/van-ban/',
  reviews: '/soat-xet/',
  review: '/soat-xet/cao-bang-kh-ubnd-2026-02/',
  notFound: '/404.html',
};
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const session = useBrowserAndSite(dist);

async function open(path: string, options: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {}) {
  const context = await session.browser.newContext({ viewport: options.viewport ?? VIEWPORTS.desktop, bypassCSP: options.bypassCSP ?? false });
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${session.origin}${path}`);
  if (path.startsWith('/tim-kiem/')) await page.waitForSelector('[data-search-app][data-ready="true"] .search-result');
  return { page, requests, close: () => context.close() };
}

describe('valid HTML', () => {
  it('passes html-validate on every built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of sitePages()) {
      const report = await validator.validateFile(join(dist, page.file));
      for (const result of report.results) for (const message of result.messages) problems.push(`${page.file}:${message.line}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  // Every type of page, on a desktop and on a phone (issue 33).
  const checked = { desktop: { ...PAGES, ...MORE_PAGES }, phone: { ...PAGES, ...MORE_PAGES } };
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    it.each(Object.entries(checked[viewportName as keyof typeof VIEWPORTS]))(`%s page has no violations (${viewportName})`, async (_, path) => {
      const { page, close } = await open(path, { viewport, bypassCSP: true });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await close();
    });
  }
});

describe('intranet deployment', () => {
  it('makes no request to any other origin, and breaks no rule of its Content-Security-Policy', async () => {
    for (const path of Object.values(PAGES)) {
      const { page, requests, close } = await open(path);
      if (path.startsWith('/nhiem-vu/')) await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
      const foreign = requests.filter((url) => new URL(url).origin !== session.origin && !url.startsWith('data:'));
      expect(foreign, path).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
      await close();
    }
  });

  it('completes the citation with the page address and copies it', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    const page = await context.newPage();
    await page.goto(`${session.origin}${PAGES.task}`);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Đã sao chép trích dẫn.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`Nhiệm vụ 3, mục III.2.4, Kế hoạch …/KH-UBND (tháng 02/2026) của Ủy ban nhân dân tỉnh Cao Bằng – ${session.origin}${PAGES.task}`);
    await context.close();
  });
});

describe('phone layout', () => {
  it('stacks the province columns under sticky headings', async () => {
    const { page, close } = await open(PAGES.comparison, { viewport: VIEWPORTS.phone });
    const boxes = await page.locator('.column').evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().left));
    expect(new Set(boxes.map(Math.round)).size).toBe(1);
    expect(await page.locator('.column-heading').first().evaluate((heading) => getComputedStyle(heading).position)).toBe('sticky');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await close();
  });
});

describe('print', () => {
  it.each([
    ['document', PAGES.document],
    ['task', PAGES.task],
  ])('prints the %s page on A4 without navigation, each link numbered to a note of its full address, rows kept whole', async (_, path) => {
    const { page, close } = await open(path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('.print-header').isVisible()).toBe(true);
    const link = page.locator('main a[data-note]').first();
    const note = Number(await link.getAttribute('data-note'));
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" [${note}]"`);
    const href = await link.getAttribute('href');
    expect(await page.locator('.print-notes li').nth(note - 1).textContent()).toBe(new URL(href!, page.url()).href);
    const rows = await page.locator('tr, .task-card, .item').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
    expect(rows.every((value) => value === 'avoid')).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/u);
    await close();
  });

  it.each([
    ['agency', `${PAGES.agency}in/`],
    ['comparison', PAGES.comparison],
  ])('prints the %s list from its “In danh sách” button with the full addresses after it, page numbers, no navigation (issues 13.3, 21.4)', async (_, path) => {
    const { page, close } = await open(path);
    const button = page.getByRole('button', { name: 'In danh sách' });
    expect(await button.isVisible()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    const targets = await page.locator('main a[data-note]').evaluateAll((links) => new Set(links.map((link) => (link as HTMLAnchorElement).href)).size);
    const notes = await page.locator('.print-notes li').allTextContents();
    expect(targets).toBeGreaterThan(0);
    expect(notes).toHaveLength(targets);
    const origin = new URL(page.url()).origin;
    expect(notes.every((note) => note.trim().startsWith(`${origin}/`))).toBe(true);
    expect(notes.filter((note) => note.includes('/nhiem-vu/')).length).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
    // A comparison prints on landscape sheets, the provinces side by side.
    const sheet = path === PAGES.comparison ? /\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/u : /\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/u;
    expect(pdf.toString('latin1')).toMatch(sheet);
    expect(text[0]).toMatch(new RegExp(`Trang 1/${totalPages}`, 'u'));
    expect(text.join(' ')).not.toMatch(/Bỏ qua, đến nội dung chính|Tải Excel/u);
    expect(text.join(' ').replace(/\s+/gu, '')).toContain(notes[0]!.trim().replace(/\s+/gu, ''));
    await close();
  });
});

