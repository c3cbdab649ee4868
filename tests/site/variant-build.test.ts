import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { readSitePages, elements, type SitePage } from '../../scripts/lib/site-pages.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { launchChromium, serveSite } from '../helpers/browser.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

// One more plan, from a fourth province, whose text looks like code; the site built under /kb/, twice,
// with its full address known (SITE_URL, whose path gives the base), as an intranet deployment would build it.
const BASE = '/kb/';
const SITE_URL = 'https://intranet.example/kb/';
let work: string;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

/** The build's output, which says what it did. */
function build(out: string): string {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', out], {
    cwd: projectDir,
    encoding: 'utf8',
    // SITE_URL alone: its path is the base (issue 22.6).
    env: buildEnvironment({ SITE_URL }),
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
let secondBuild: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-variant-'));
  mkdirSync(join(work, 'seeds'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  copyFileSync(join(projectDir, 'tests/fixtures/hostile/input.txt'), join(work, 'seeds/005-ha-giang-thu-nghiem.txt'));
  build(join(work, 'dist'));
  secondBuild = build(join(work, 'dist-again'));
  [browser, site] = await Promise.all([launchChromium(), serveSite(join(work, 'dist'), BASE)]);
  // Time limit: two builds (the second shows the parse cache at work), about 25 s idle, several times that under load.
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a build under a sub-path, with a fourth province and hostile text', () => {
  it('gives byte-identical output for the same input', () => {
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
        .sort();
    const first = files(join(work, 'dist'));
    expect(files(join(work, 'dist-again'))).toEqual(first);
    const differing = first.filter((file) => !readFileSync(join(work, 'dist', file)).equals(readFileSync(join(work, 'dist-again', file))));
    expect(differing).toEqual([]);
  });

  it('keeps every link and fragment inside the base', () => {
    expect(checkLinks(join(work, 'dist'), BASE, undefined, SITE_URL)).toEqual([]);
  });

  it('adds the fourth province as a column with no code change', () => {
    const pages = readSitePages(join(work, 'dist'));
    const theme = pages.find((page) => page.path === '/so-sanh/nhan-thuc/')!;
    const columns = elements(theme, (element) => (element.attribs.class ?? '').includes('column-heading')).map((heading) =>
      visibleText(heading.children).replace(/\s*\(\d+\)$/u, ''),
    );
    // Bắc Kạn's column says whose plan it holds: a city's (issue 33.4).
    expect(columns).toEqual(['Trung ương', 'Bắc Kạn chỉ có văn bản của Ban Thường vụ Thành ủy Bắc Kạn', 'Cao Bằng', 'Hà Giang', 'Lâm Đồng']);
  });

  // `**…**` is the source format's own bold (the seeds use it for headings), so it is read as emphasis, not shown.
  it('shows text that looks like code as text, on the document page, the task page and in the exports', () => {
    const pages = readSitePages(join(work, 'dist'));
    const documentPage = pages.find((page) => page.path === '/ha-giang-07-kh-ubnd/')!;
    const text = visibleText(documentPage.dom.children);
    for (const literal of ['<script>alert("xss")</script>', '{new Function("alert(1)")()}', '<img src=x onerror=alert("img")>', '[hướng dẫn](javascript:alert("link"))', '{/* chú thích */} export const x = 1; import y from "z"; # không phải tiêu đề;', '\\`mã\\` &amp; &lt;tag&gt; $$x$$ ~~gạch~~ ![ảnh](x.png) <!-- chú thích -->', '<iframe src="https://example.com"></iframe>']) {
      expect(text).toContain(literal);
    }
    for (const page of pages.filter((candidate) => candidate.path.includes('ha-giang'))) {
      expect(elements(page, (element) => ['script', 'img', 'iframe'].includes(element.name) && !(element.attribs.src ?? '').startsWith(BASE)), page.file).toEqual([]);
      expect(elements(page, (element) => Object.entries(element.attribs).some(([name, value]) => name.startsWith('on') || /^javascript:/iu.test(value))), page.file).toEqual([]);
    }
    const tasks = JSON.parse(readFileSync(join(work, 'dist/api/tasks.json'), 'utf8')) as Array<{ document: string; text: string; url: string }>;
    const task = tasks.find((candidate) => candidate.document === 'ha-giang-07-kh-ubnd')!;
    expect(task.text).toContain('<img src=x onerror=alert("img")>');
    expect(task.url.startsWith(`${BASE}ha-giang-07-kh-ubnd/#`)).toBe(true);
  });

  it('runs nothing from the text in a real browser, and searches under the sub-path', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of ['ha-giang-07-kh-ubnd/', 'nhiem-vu/ha-giang-07-kh-ubnd/i-1-1-y1/', 'tim-kiem/?q=alert']) {
      await page.goto(`${site.origin}${BASE}${path}`);
      if (path.startsWith('tim-kiem')) {
        await page.waitForSelector('[data-search-app][data-ready="true"] .search-result');
        const links = await page.locator('.search-result .result-title a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(links.length).toBeGreaterThan(0);
        expect(links.every((href) => href!.startsWith(BASE))).toBe(true);
        expect(await page.locator('.search-result .result-excerpt').first().textContent()).toContain('alert');
        expect(await page.locator('.search-result img, .search-result script').count()).toBe(0);
      }
      await page.waitForTimeout(200);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('link previews and discovery (issue 13.5)', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const read = (path: string) => readFileSync(join(work, 'dist', path), 'utf8');
  const meta = (page: SitePage, key: string) =>
    elements(page, (element) => element.name === 'meta' && (element.attribs.property === key || element.attribs.name === key))[0]?.attribs.content;

  it('gives every page its canonical address and OpenGraph and Twitter tags with a title and a description', () => {
    const pages = readSitePages(join(work, 'dist')).filter((page) => page.file.endsWith('index.html') && !/http-equiv="refresh"/u.test(read(page.file)));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const address = new URL(page.path.slice(1), SITE_URL).href;
      expect(elements(page, (element) => element.name === 'link' && element.attribs.rel === 'canonical')[0]?.attribs.href, page.path).toBe(address);
      expect(meta(page, 'og:url'), page.path).toBe(address);
      expect(meta(page, 'og:title'), page.path).toBeTruthy();
      expect(meta(page, 'og:description'), page.path).toBeTruthy();
      expect(meta(page, 'twitter:card'), page.path).toMatch(/^summary/u);
    }
    const task = pages.find((page) => page.path.startsWith('/nhiem-vu/'))!;
    expect(meta(task, 'og:type')).toBe('article');
  });

  it('gives each document and agency page a preview image of its own, 1200×630, drawn once (issue 13.5)', () => {
    const pages = readSitePages(join(work, 'dist'));
    const documents = JSON.parse(read('api/documents.json')) as Array<{ id: string }>;
    const agencies = JSON.parse(read('api/agencies.json')) as Array<{ id: string; name: string; province: string | null }>;
    const images = new Map<string, Set<string>>([['document', new Set()], ['agency', new Set()]]);
    for (const [what, path, id] of [
      ...documents.map((document) => ['document', `/${document.id}/`, document.id]),
      ...agencies.map((agency) => ['agency', `/co-quan/${agency.id}/`, agency.id]),
    ] as Array<[string, string, string]>) {
      const page = pages.find((candidate) => candidate.path === path)!;
      const image = meta(page, 'og:image')!;
      expect(image, path).toMatch(new RegExp(`^${SITE_URL}anh/(van-ban|co-quan)/${id}\\.png$`, 'u'));
      expect(meta(page, 'twitter:image')).toBe(image);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      const png = readFileSync(join(work, 'dist', image.slice(SITE_URL.length)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      images.get(what)!.add(png.toString('base64'));
    }
    // One image per document; agencies alike only when they are the same office (a kind and its one member).
    expect(images.get('document')!.size).toBe(documents.length);
    expect(images.get('agency')!.size).toBe(new Set(agencies.map((agency) => `${agency.name}|${agency.province}`)).size);
    expect(secondBuild).toMatch(/\[previews\] \d+ images in .*: 0 drawn/u);
  });

  it('lists every page in a valid sitemap, and names it in robots.txt', () => {
    expect(XMLValidator.validate(read('sitemap-index.xml'))).toBe(true);
    const index = xml.parse(read('sitemap-index.xml'));
    const parts = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    const locations = parts.flatMap((part: string) => {
      const file = read(part.slice(SITE_URL.length));
      expect(XMLValidator.validate(file)).toBe(true);
      return [xml.parse(file).urlset.url].flat().map((entry: { loc: string }) => entry.loc);
    });
    expect(locations).toContain(`${SITE_URL}nhiem-vu/`.replace('nhiem-vu/', ''));
    expect(locations.every((location: string) => location.startsWith(SITE_URL))).toBe(true);
    expect(locations.filter((location: string) => location.includes('/nhiem-vu/')).length).toBeGreaterThan(50);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
  });

  it('publishes an Atom feed of the documents, newest change first, each entry linking to a page that exists', () => {
    const feed = read('atom.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = xml.parse(feed).feed;
    const documents = JSON.parse(read('api/documents.json')) as Array<{ id: string }>;
    const entries = [parsed.entry].flat() as Array<{ id: string; link: { href: string }; updated: string }>;
    expect(entries).toHaveLength(documents.length);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(existsSync(join(work, 'dist', entry.link.href.slice(SITE_URL.length), 'index.html')), entry.link.href).toBe(true);
    }
    expect(entries.map((entry) => entry.updated)).toEqual([...entries.map((entry) => entry.updated)].sort().reverse());
  });
});

