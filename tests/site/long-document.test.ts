import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { planOfItems, unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { readSitePages, elements, landingOf, type SitePage } from '../../scripts/lib/site-pages.ts';
import { answers } from '../../scripts/lib/check-links.ts';
import { splitUrl } from '../../scripts/lib/published-urls.ts';
import { launchChromium, serveSite, type ServedSite } from '../../scripts/lib/browser.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { createRequire } from 'node:module';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { projectDir } from './helpers.ts';

// Issue 34.7: a plan published while it fit one page grows (a province merges its plans, or publishes its annex
// of thousands of rows): its page is split by its parts, no page of the site outgrows 1 MB, and every address
// published before still answers, the document's page sending an item's address on to the page holding it.
const DOCUMENT = 'cao-bang-99-kh-ubnd';
const MEGABYTE = 1_000_000;

let work: string;
let recorded: string[];
let recordedLong: string[];
let pages: Map<string, SitePage>;
let site: ServedSite;
let browser: Browser;

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectDir, encoding: 'utf8', env: buildEnvironment(env) });
  if (result.status !== 0) throw new Error(`${script} failed:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
  return `${result.stdout}${result.stderr}`;
}
const build = () => run('scripts/build.ts', ['--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--data', join(work, 'data')]);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-long-'));
  mkdirSync(join(work, 'seeds'));
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  writeFileSync(join(work, 'seeds/ke-hoach.txt'), planOfItems(400));
  build();
  run('scripts/check-published.ts', ['--dist', join(work, 'dist'), '--data', join(work, 'data'), '--record'], { KB_RECORDED_ON: '2026-03-01' });
  recorded = readFileSync(join(work, 'data/published-urls.txt'), 'utf8').split('\n').filter(Boolean);
  // The plan grows past what one page holds; the build checks that every recorded URL is still published.
  writeFileSync(join(work, 'seeds/ke-hoach.txt'), planOfItems(2_500));
  build();
  // Published long, then amended: its earlier text, as long, keeps its page, split alike.
  run('scripts/check-published.ts', ['--dist', join(work, 'dist'), '--data', join(work, 'data'), '--record'], { KB_RECORDED_ON: '2026-06-01' });
  recordedLong = readFileSync(join(work, 'data/published-urls.txt'), 'utf8').split('\n').filter(Boolean);
  writeFileSync(join(work, 'seeds/ke-hoach.txt'), planOfItems(2_500).replace('cụm xã số 1,', 'cụm xã số 1 và cụm xã số 2,'));
  build();
  pages = new Map(readSitePages(join(work, 'dist')).map((page) => [page.path, page]));
  [site, browser] = await Promise.all([serveSite(join(work, 'dist')), launchChromium()]);
  // Time limit: three builds of one plan (400, then 2,500 items, then amended) and two records, about 80 s idle.
}, 300_000);

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

describe('a plan too long for one page', () => {
  it('was on one page while it fit', () => {
    expect(recorded.filter((url) => url.startsWith(`/${DOCUMENT}/phan/`))).toEqual([]);
    expect(recorded.filter((url) => url.startsWith(`/${DOCUMENT}/#`)).length).toBeGreaterThan(300);
  });

  it('is split by its parts, and no HTML page of the site passes 1 MB', () => {
    const parts = [...pages.keys()].filter((path) => path.startsWith(`/${DOCUMENT}/phan/`));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const sizes = [...pages.values()].map((page) => ({ file: page.file, bytes: statSync(join(work, 'dist', page.file)).size }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`[long] ${parts.length} pages of the document; largest HTML page ${largest.file}, ${(largest.bytes / 1024).toFixed(0)} KB`);
    expect(largest.bytes).toBeLessThanOrEqual(MEGABYTE);
    // The document's own page names its pages in order, each opening with the part it starts at.
    const listed = elements(pages.get(`/${DOCUMENT}/`)!, (element) => element.name === 'a' && /\/phan\/[a-z0-9-]+\/$/u.test(element.attribs.href ?? '')).map((link) => link.attribs.href);
    expect(new Set(listed)).toEqual(new Set(parts));
  });

  it('answers every address published before: an item’s address on the document page is sent on to the page that holds it', () => {
    const unanswered = recorded.filter((url) => {
      const { path, fragment } = splitUrl(url);
      const page = pages.get(path);
      if (path.startsWith('/api/')) return false;
      return !page || (fragment !== null && !answers(page, fragment, pages));
    });
    expect(unanswered).toEqual([]);
    const forwarded = recorded.filter((url) => url.startsWith(`/${DOCUMENT}/#`) && landingOf(pages.get(`/${DOCUMENT}/`)!, splitUrl(url).fragment!)?.forwarded);
    expect(forwarded.length).toBeGreaterThan(300);
  });

  it('sends a reader who follows such an address, in a browser, to the item on its page', async () => {
    const page = await browser.newPage();
    const lastPart = [...pages.keys()].filter((path) => path.startsWith(`/${DOCUMENT}/phan/`)).at(-1)!;
    const item = [...pages.get(lastPart)!.ids].find((id) => /-y\d+$/u.test(id))!;
    await page.goto(`${site.origin}/${DOCUMENT}/#${item}`);
    await page.waitForURL(`**${lastPart}#${item}`);
    expect(await page.locator(`[id="${item}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('links from the site straight to the page holding an item: a task’s page, the outline', () => {
    const task = [...pages.keys()].find((path) => path.startsWith(`/nhiem-vu/${DOCUMENT}/`) && path.includes('-y'))!;
    const inText = elements(pages.get(task)!, (element) => element.name === 'a' && element.children.some((child) => 'data' in child && /Xem nhiệm vụ trong văn bản/u.test(String(child.data))));
    expect(inText[0]!.attribs.href).toMatch(new RegExp(`^/${DOCUMENT}/phan/[a-z0-9-]+/#[a-z0-9-]+$`, 'u'));
    const outline = elements(pages.get(`/${DOCUMENT}/`)!, (element) => element.name === 'a' && element.parent !== null && 'name' in element.parent && element.parent.name === 'li' && (element.attribs.href ?? '').includes('/phan/'));
    expect(outline.length).toBeGreaterThan(0);
  });

  it('makes valid, accessible pages of it: the document’s own page and a page of its parts', async () => {
    const own = pages.get(`/${DOCUMENT}/`)!;
    const part = pages.get([...pages.keys()].find((path) => path.startsWith(`/${DOCUMENT}/phan/`))!)!;
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const checked of [own, part]) {
      const report = await validator.validateFile(join(work, 'dist', checked.file));
      expect(report.results.flatMap((result) => result.messages.map((message) => `${checked.file}:${message.line}: ${message.message}`))).toEqual([]);
    }
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const checked of [own, part]) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.origin}${checked.path}`);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run(options: unknown): Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await run.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((violation) => violation.id);
      });
      expect(violations, checked.path).toEqual([]);
      await context.close();
    }
  });

  it('splits an earlier text as long alike, and answers every address of the long text published before', () => {
    const version = [...pages.keys()].find((path) => /^\/cao-bang-99-kh-ubnd\/phien-ban\/[0-9a-f]{12}\/$/u.test(path) && pages.get(path)!.forwards)!;
    expect(version).toBeDefined();
    const versionParts = [...pages.keys()].filter((path) => path.startsWith(`${version}phan/`));
    expect(versionParts.length).toBeGreaterThanOrEqual(3);
    for (const path of versionParts) expect(statSync(join(work, 'dist', pages.get(path)!.file)).size).toBeLessThanOrEqual(MEGABYTE);
    const someId = [...pages.get(versionParts.at(-1)!)!.ids].find((id) => /-y\d+$/u.test(id))!;
    expect(answers(pages.get(version)!, someId, pages)).toBe(true);
    const lost = recordedLong.filter((url) => {
      const { path, fragment } = splitUrl(url);
      if (path.startsWith('/api/')) return false;
      const page = pages.get(path);
      return !page || (fragment !== null && !answers(page, fragment, pages));
    });
    expect(lost).toEqual([]);
  });
});
