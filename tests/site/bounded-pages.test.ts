import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elements, elementsIn, readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';
import { generateCorpus, unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { PAGE_SIZE, PROVINCES_PER_PAGE } from '../../src/lib/paginate.ts';
import { MAX_ROWS } from '../../src/lib/chain-graph.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { loadReferenceData } from '../../src/ingest/reference-data.ts';
import { projectDir } from './helpers.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { documentReference } from '../../src/lib/citation.ts';
import type { OpenDataName } from '../../src/schema/index.ts';

// Issue 12: no page grows with the corpus. Forty plans in three provinces (eight copies of each seed)
// are enough for every list to pass its page size, and one copy of each seed in ten other provinces for
// more provinces than a page sets side by side: the rules that bound pages are all at work here.
const PROVINCES = ['Bắc Kạn', 'Cao Bằng', 'Lâm Đồng'];
const DOCUMENTS = 40;
const OTHER_PROVINCES = 10;
const MAX_PAGE_BYTES = 200_000;

let work: string;
let pages: SitePage[];
const dist = () => join(work, 'dist');
const api = <Name extends OpenDataName>(name: Name) => readOpenRecords(dist(), name);
const byPath = (path: string) => pages.find((page) => page.path === path);
const linksIn = (page: SitePage, prefix: string) =>
  elements(page, (element) => element.name === 'a' && (element.attribs.href ?? '').startsWith(prefix)).map((link) => link.attribs.href!);
/** A list's pages: the first at `first`, the next at `first/trang-n/`. */
const pagesOf = (first: string) => pages.filter((page) => page.path === first || new RegExp(`^${first}trang-\\d+/$`, 'u').test(page.path));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-bounded-'));
  generateCorpus(join(projectDir, 'seeds'), PROVINCES, DOCUMENTS, join(work, 'seeds'));
  const known = loadReferenceData().provinces.map((province) => province.name);
  const others = known.filter((name) => !PROVINCES.includes(name)).slice(0, OTHER_PROVINCES);
  generateCorpus(join(projectDir, 'seeds'), others, others.length * 5, join(work, 'seeds'), { first: DOCUMENTS, known });
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  const run = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--strict', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', dist(), '--data', join(work, 'data')],
    { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() },
  );
  if (run.status !== 0) throw new Error(`build failed:\n${`${run.stdout}${run.stderr}`.slice(-4000)}`);
  pages = readSitePages(dist()).filter((page) => page.path.endsWith('/'));
  // Time limit: one build of 90 generated plans, about 40 s idle, well over twice that on a loaded 2-core machine.
}, 300_000);

describe(`the site built from ${DOCUMENTS} plans of ${PROVINCES.length} provinces and one of each seed in ${OTHER_PROVINCES} others`, () => {
  it(`has no page over ${MAX_PAGE_BYTES / 1000} kB of HTML`, () => {
    const sizes = pages.map((page) => ({ path: page.path, bytes: statSync(join(dist(), page.file)).size }));
    expect(sizes.filter((page) => page.bytes > MAX_PAGE_BYTES)).toEqual([]);
  });

  it(`shows at most ${PAGE_SIZE} task cards on a list page, and a theme comparison stays within its budget`, () => {
    const cards = pages.map((page) => ({ path: page.path, cards: elements(page, (element) => (element.attribs.class ?? '').split(' ').includes('task-card')).length }));
    const comparison = /^\/so-sanh\/[^/]+\/$/u;
    expect(cards.filter((page) => !comparison.test(page.path) && page.cards > PAGE_SIZE)).toEqual([]);
    expect(cards.filter((page) => comparison.test(page.path) && page.cards > 60)).toEqual([]);
  });

  it('cuts a provincial agency’s to-do into pages that together list every task it leads or supports, each task once', () => {
    const tasks = api('tasks');
    const agency = 'cao-bang-so-giao-duc-va-dao-tao';
    const expected = tasks.filter((task) => task.leadIds.includes(agency) || task.supportIds.includes(agency)).map((task) => task.permalink);
    const list = pagesOf(`/co-quan/${agency}/`);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    expect(list.length).toBeGreaterThan(1);
    const shown = list.flatMap((page) =>
      elements(page, (element) => (element.attribs.class ?? '').includes('task-card-text')).flatMap((card) =>
        card.children.filter((child) => 'attribs' in child).map((link) => (link as { attribs: Record<string, string> }).attribs.href!),
      ),
    );
    // Besides these, the pages list the tasks given to the groups it belongs to: each task once in all.
    expect(shown).toEqual(expect.arrayContaining([...new Set(expected)]));
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('prints an agency’s whole to-do past one sheet by document: each sheet names its documents, every task of the agency on one sheet once (issue 36.3)', () => {
    const sheeted = pages.filter((page) => /^\/co-quan\/[^/]+\/in\/trang-2\/$/u.test(page.path)).map((page) => page.path.replace(/trang-2\/$/u, ''));
    expect(sheeted.length).toBeGreaterThan(0);
    const documents = new Map(api('documents').map((document) => [document.id, document]));
    for (const first of sheeted) {
      const sheets = pagesOf(first);
      const tasksOn = sheets.map((sheet) => linksIn(sheet, '/nhiem-vu/'));
      for (const [index, sheet] of sheets.entries()) {
        const note = elements(sheet, (element) => (element.attribs.class ?? '') === 'print-partial-sheet')[0]!;
        const named = visibleText([note]);
        const own = new Set(tasksOn[index]!.map((href) => href.split('/')[2]!));
        for (const id of own) expect(named, sheet.path).toContain(documentReference(documents.get(id)!));
      }
      const agency = first.split('/')[2]!;
      const cards = pagesOf(`/co-quan/${agency}/`).flatMap((page) => linksIn(page, '/nhiem-vu/'));
      expect(new Set(tasksOn.flat())).toEqual(new Set(cards));
      expect(tasksOn.flat()).toHaveLength(new Set(tasksOn.flat()).size);
    }
  });

  it(`sets at most ${PROVINCES_PER_PAGE} provinces side by side on a page, and its pages together show every province`, () => {
    const regions = new Set(api('documents').map((document) => document.province));
    expect(regions.size).toBeGreaterThan(PROVINCES_PER_PAGE);
    const columnsOf: Record<string, (page: SitePage) => string[]> = {
      '/so-sanh/the-che/': (page) => elements(page, (element) => (element.attribs.class ?? '').includes('column-heading')).map((heading) => heading.attribs.id!),
      '/chi-tieu/': (page) =>
        elements(page, (element) => element.name === 'th' && element.attribs.scope === 'col').flatMap((cell) =>
          elementsIn(cell, (element) => element.name === 'a').map((link) => link.attribs.href!),
        ),
    };
    columnsOf['/chi-tieu/nam-2035/'] = columnsOf['/chi-tieu/']!;
    for (const [first, columns] of Object.entries(columnsOf)) {
      const perPage = pagesOf(first).map(columns);
      expect(Math.max(...perPage.map((page) => page.length)), first).toBeLessThanOrEqual(PROVINCES_PER_PAGE);
      expect(new Set(perPage.flat()).size, first).toBe(regions.size);
    }
  });

  it('links each comparison column cut short to the province’s whole list, which holds every task of the theme', () => {
    const tasks = api('tasks');
    const column = tasks.filter((task) => task.themes.includes('the-che') && task.province === 'Cao Bằng').map((task) => task.permalink);
    expect(linksIn(byPath('/so-sanh/the-che/')!, '/so-sanh/the-che/cao-bang/')).toHaveLength(1);
    const shown = pagesOf('/so-sanh/the-che/cao-bang/').flatMap((page) => linksIn(page, '/nhiem-vu/'));
    expect(new Set(shown)).toEqual(new Set(column));
  });

  it('lists every citing document of a national resolution across the pages of its citations, and draws a chain of bounded columns', () => {
    const reference = api('references').find((entry) => entry.id === '71-nq-tw')!;
    expect(reference.citedBy.length).toBeGreaterThan(MAX_ROWS);
    const list = pagesOf('/van-ban/71-nq-tw/');
    expect(list.length).toBeGreaterThan(1);
    const headings = list.flatMap((page) => elements(page, (element) => element.name === 'h3').flatMap((heading) => heading.children));
    const cited = new Set(headings.filter((child) => 'attribs' in child).map((link) => (link as { attribs: Record<string, string> }).attribs.href!));
    expect(cited).toEqual(new Set(reference.citedBy.map((id) => `/${id}/`)));
    const boxes = elements(byPath('/van-ban/71-nq-tw/')!, (element) => element.name === 'rect');
    expect(boxes.length).toBeLessThanOrEqual(MAX_ROWS * 4);
  });

  it('shows each province’s newest documents on the home page and all of them, page by page, on the province’s own', () => {
    const documents = api('documents').filter((document) => document.province === 'Cao Bằng');
    const home = byPath('/')!;
    expect(linksIn(home, '/tinh/cao-bang/').length).toBeGreaterThan(0);
    expect(elements(home, (element) => (element.attribs.class ?? '') === 'document-card').length).toBeLessThanOrEqual(60);
    const listed = pagesOf('/tinh/cao-bang/').flatMap((page) =>
      elements(page, (element) => (element.attribs.class ?? '') === 'document-card').flatMap((card) =>
        elementsIn(card, (element) => element.name === 'a').map((link) => link.attribs.href!),
      ),
    );
    expect(new Set(listed)).toEqual(new Set(documents.map((document) => `/${document.id}/`)));
  });
});
