import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answers, checkLinks } from '../../scripts/lib/check-links.ts';
import { elements, elementsIn } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { api, dist, page, projectDir, sitePages } from './helpers.ts';
import type { OpenDataName } from '../../src/schema/index.ts';

interface Row {
  id: string;
  url: string;
  document?: string;
  source?: string;
}

describe('the built site', () => {
  it('is in Vietnamese on every page', () => {
    for (const built of sitePages()) {
      const [html] = elements(built, (element) => element.name === 'html');
      expect(html?.attribs.lang, built.file).toBe('vi');
    }
  });

  it('has no broken internal link or fragment', () => {
    expect(checkLinks(dist)).toEqual([]);
  });

  it('shows content pages with no script but the two every page has (print notes; a class saying scripts run and the search engine started when idle), and has no inline script anywhere', () => {
    const everywhere = new Set(['/scripts/page-start.js', '/scripts/print.js']);
    for (const built of sitePages()) {
      const scripts = elements(built, (element) => element.name === 'script').filter((script) => !everywhere.has(script.attribs.src ?? ''));
      // Scripts only where they add to what the page already shows: search, copying a citation, filtering, folding the contents.
      if (!/^(?:tim-kiem|nhiem-vu|co-quan|tinh\/[^/]+\/co-quan|so-sanh)\//u.test(built.file) && !elements(built, (element) => (element.attribs.class ?? '').includes('outline-toggle')).length) {
        expect(scripts, built.file).toEqual([]);
      }
      expect(scripts.filter((script) => !script.attribs.src), built.file).toEqual([]);
    }
  });
});

describe('the data contract (dist/api)', () => {
  const required: Record<string, string[]> = {
    documents: ['id', 'title', 'kind', 'number', 'issuer', 'province', 'date', 'implements', 'signer', 'source', 'sha256', 'url'],
    tasks: ['id', 'document', 'province', 'path', 'theme', 'text', 'lead', 'support', 'timeframe', 'url'],
    responsibilities: ['id', 'document', 'province', 'agency', 'text', 'url'],
    targets: ['id', 'document', 'province', 'indicator', 'text', 'comparator', 'value', 'unit', 'year', 'url'],
    agencies: ['id', 'name', 'aliases', 'province', 'type', 'url'],
    references: ['number', 'type', 'citedBy', 'url'],
  };

  it.each(Object.keys(required))('%s.json has the required fields and urls that resolve to an element with that id', (name) => {
    const rows = api(name as OpenDataName) as unknown as Row[];
    expect(rows.length).toBeGreaterThan(0);
    const byPath = new Map(sitePages().map((each) => [each.path, each]));
    for (const row of rows) {
      for (const field of required[name]!) expect(row, `${name} ${row.id}`).toHaveProperty(field);
      const [path, fragment] = row.url.split('#');
      const target = page(path!);
      // On a long document's own page, an item's address is sent on to the page holding it (issue 34.7).
      if (fragment) expect(answers(target, fragment, byPath), row.url).toBe(true);
    }
  });

  it("names on the search page the search index's metadata and WebAssembly, for a link with a query to fetch at once (issue 25)", () => {
    const [start] = elements(page('/tim-kiem/'), (element) => element.name === 'script' && 'data-search-page' in element.attribs);
    const files = (start?.attribs['data-search-files'] ?? '').split(' ');
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^pagefind\.vi_\w+\.pf_meta$/u);
    for (const file of files) expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
  });

  it('carries the chosen facts of the seeds', () => {
    const tasks = api('tasks');
    const task = (document: string, id: string) => tasks.find((candidate) => candidate.document === document && candidate.id === id)!;
    expect(task('cao-bang-kh-ubnd-2026-02', 'iii-1-3-y1').lead).toEqual(['Báo và Phát thanh, Truyền hình Cao Bằng']);
    const row = task('cao-bang-kh-sgddt-2026-01', 'v-bang1-h5');
    expect(row.lead).toEqual(['Các CSGD', 'UBND các xã, phường']);
    expect(row.timeframe).toMatchObject({ raw: 'Trước 15/12/2026', end: '2026-12-15' });
    const targets = api('targets');
    expect(targets.filter((target) => target.province === 'Lâm Đồng' && target.year === 2030 && target.indicator === 'truong-dat-chuan-quoc-gia')).toEqual([
      expect.objectContaining({ comparator: '>=', value: 80, unit: '%' }),
    ]);
  });

  it('points documents at their byte-identical seeds', async () => {
    const { createHash } = await import('node:crypto');
    for (const document of api('documents')) {
      expect(createHash('sha256').update(readFileSync(join(projectDir, document.source))).digest('hex')).toBe(document.sha256);
    }
  });
});

describe('document pages', () => {
  const documents = api('documents');
  // Parts of the page that are not the document's own words.
  const notSource = (element: { attribs: Record<string, string> }) =>
    /\b(?:task-meta|meta|legend|anchor|visually-hidden|task-link|reading|anchor-cell)\b/u.test(element.attribs.class ?? '');
  // Markdown emphasis and heading marks are layout, not words; tokens with no letter or digit are markup too.
  const words = (text: string) =>
    text
      .split(/\s+/u)
      .map((word) => word.replace(/[*_]/gu, '').replace(/^#+/u, '').replace(/[,.;:]+$/u, ''))
      .filter((word) => /[\p{L}\p{N}]/u.test(word));

  it.each(documents.map((document) => [document.id, document]))('%s shows every source line, in order, with no word glued to another', (_, document) => {
    const [body] = elements(page(document.url), (element) => (element.attribs.class ?? '').split(' ').includes('document-text'));
    const shown = words(visibleText(body!.children, notSource));
    const sourceLines = readFileSync(join(projectDir, document.source), 'utf8').split('\n').map(words).filter((line) => line.length > 0);
    const known = new Set(sourceLines.flat());
    expect(shown.filter((word) => !known.has(word))).toEqual([]);
    let cursor = 0;
    const missing: string[] = [];
    for (const line of sourceLines) {
      const at = indexOfSequence(shown, line, cursor);
      if (at === -1) missing.push(line.join(' '));
      else cursor = at + line.length;
    }
    expect(missing).toEqual([]);
  });
});

function indexOfSequence(haystack: string[], needle: string[], from: number): number {
  outer: for (let index = from; index <= haystack.length - needle.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[index + offset] !== needle[offset]) continue outer;
    return index;
  }
  return -1;
}

const cellsOf = (path: string, rowId: string) => {
  const [row] = elements(page(path), (element) => element.attribs.id === rowId);
  return elementsIn(row!, (element) => element.name === 'td').map((cell) => visibleText(cell.children));
};

describe('cross-reference pages', () => {

  it.each([
    ['/van-ban/71-nq-tw/', ['/cao-bang-chuyen-de-43-kh-tu/', '/cao-bang-kh-ubnd-2026-02/', '/cao-bang-kh-sgddt-2026-01/', '/lam-dong-chuong-trinh-hanh-dong-71-nq-tw/']],
    ['/van-ban/91-kl-tw/', ['/cao-bang-kh-sgddt-2026-01/', '/lam-dong-chuong-trinh-hanh-dong-71-nq-tw/', '/bac-kan-ke-hoach-91-kl-tw/']],
  ])('lists on %s every document that cites it, with links to the passages', (path, citing) => {
    // The citations are cut into pages of 50: the list goes on at `trang-2/`.
    const list = [page(path), ...[2, 3].map((number) => `${path}trang-${number}/`).filter((next) => existsSync(join(dist, next, 'index.html'))).map(page)];
    const headings = list.flatMap((part) => elements(part, (element) => element.name === 'h3')).map((heading) => heading.children.find((child) => 'attribs' in child) as { attribs: Record<string, string> });
    // A document whose citations run over a page break heads both pages.
    expect([...new Set(headings.map((link) => link.attribs.href))]).toEqual(citing);
    const passages = list.flatMap((part) => elements(part, (element) => element.name === 'a' && /\/#/u.test(element.attribs.href ?? '')));
    expect(passages.length).toBeGreaterThanOrEqual(citing.length);
    expect(elements(page(path), (element) => element.name === 'svg')).toHaveLength(1);
  });

  it('lists an agency’s tasks ordered by deadline, each linked to its permalink', () => {
    const agency = page('/co-quan/cao-bang-so-giao-duc-va-dao-tao/');
    const links = elements(agency, (element) => element.name === 'a' && (element.attribs.href ?? '').startsWith('/nhiem-vu/'));
    expect(links.length).toBeGreaterThan(20);
    const tasks = api('tasks');
    const deadlines = links
      .map((link) => tasks.find((task) => task.permalink === link.attribs.href))
      .filter((task) => task !== undefined)
      .map((task) => task!.timeframe?.end ?? task!.timeframe?.start ?? '9999');
    const led = deadlines.slice(0, deadlines.indexOf('9999') === -1 ? deadlines.length : deadlines.indexOf('9999'));
    expect(led).toEqual([...led].sort());
  });

  it('puts one column per province on a theme page, from the data', () => {
    const headings = elements(page('/so-sanh/the-che/'), (element) => (element.attribs.class ?? '').includes('column-heading'));
    expect(headings.map((heading) => visibleText(heading.children).replace(/\s*\(\d+\)$/u, ''))).toEqual([
      'Trung ương',
      'Bắc Kạn chỉ có văn bản của Ban Thường vụ Thành ủy Bắc Kạn',
      'Cao Bằng',
      'Lâm Đồng',
    ]);
    const matrix = page('/so-sanh/');
    expect(visibleText(matrix.dom.children)).toContain('không thấy');
  });

  it('gives each task a page with its citation', () => {
    const task = page('/nhiem-vu/cao-bang-kh-ubnd-2026-02/iii-1-3-y1/');
    const [citation] = elements(task, (element) => (element.attribs.class ?? '').includes('citation-text'));
    expect(visibleText(citation!.children)).toBe(
      'Nhiệm vụ 1, mục III.1.3, Kế hoạch …/KH-UBND (tháng 02/2026) của Ủy ban nhân dân tỉnh Cao Bằng – /nhiem-vu/cao-bang-kh-ubnd-2026-02/iii-1-3-y1/',
    );
  });
});

describe('document details (issue 13.6)', () => {
  it('speaks of the document, not of files: no page shows a seeds/ path, the source line says where the text comes from', () => {
    for (const candidate of sitePages().filter((entry) => !entry.path.startsWith('/api/'))) {
      expect(visibleText(candidate.dom.children), candidate.path).not.toMatch(/seeds\//u);
    }
    const facts = elements(page('/cao-bang-kh-ubnd-2026-02/'), (element) => element.name === 'dl' && element.attribs.class === 'facts')[0]!;
    const text = visibleText(facts.children);
    expect(text).toMatch(/Tình trạng\s*Không rõ/u);
    expect(text).toMatch(/chép nguyên chữ từ bản số hóa của văn bản/u);
  });
});


describe('a complete to-do per agency (issue 13.4)', () => {
  it('lists, apart from what names it, the tasks given to the collective groups of its province it belongs to', () => {
    const tasks = api('tasks');
    const agency = page('/co-quan/cao-bang-so-tai-chinh/');
    const section = elements(agency, (element) => element.name === 'section' && elementsIn(element, (child) => child.attribs.id === 'giao-chung').length > 0)[0]!;
    const groups = elementsIn(section, (element) => element.name === 'a' && (element.attribs.href ?? '').startsWith('/co-quan/')).map((link) => link.attribs.href!.split('/')[2]!);
    expect(groups).toContain('cao-bang-cac-so-ban-nganh-don-vi-va-dia-phuong');
    expect(groups.every((group) => group.startsWith('cao-bang-'))).toBe(true);
    const listed = elementsIn(section, (element) => element.name === 'a' && (element.attribs.href ?? '').startsWith('/nhiem-vu/')).map((link) => link.attribs.href!);
    expect(listed.length).toBeGreaterThan(10);
    for (const permalink of listed) {
      const task = tasks.find((candidate) => candidate.permalink === permalink)!;
      expect([...task.leadIds, ...task.supportIds].some((id) => groups.includes(id)), permalink).toBe(true);
      expect([...task.leadIds, ...task.supportIds]).not.toContain('cao-bang-so-tai-chinh');
    }
    expect(visibleText(agency.dom.children)).toMatch(/giao chung \d+ nhiệm vụ/u);
  });
});

describe('the national baseline (issue 13.8)', () => {
  it('publishes Resolution 71-NQ/TW with its number, date and issuer from reviewed data, and anchors on its directions', () => {
    const national = api('documents').find((document) => document.national)!;
    expect(national).toMatchObject({ number: '71-NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị' });
    const directions = api('tasks').filter((task) => task.document === national.id);
    expect(directions.length).toBeGreaterThan(20);
    const ids = page(`/${national.id}/`).ids;
    expect(directions.every((task) => ids.has(task.url.split('#')[1]!))).toBe(true);
  });

  it('puts the national targets first in the target matrix, each province’s value marked against them', () => {
    const [national, bacKan, caoBang, lamDong] = cellsOf('/chi-tieu/', 'truong-dat-chuan-quoc-gia-2030');
    expect(national).toMatch(/^ít nhất 80%/u);
    expect(bacKan).toMatch(/100%.*cao hơn mức Trung ương/u);
    expect(caoBang).toMatch(/thấp hơn mức Trung ương/u);
    expect(lamDong).toMatch(/ít nhất 80%.*bằng mức Trung ương/u);
    const rows = elements(page('/chi-tieu/'), (element) => element.name === 'tr' && /-2030$/u.test(element.attribs.id ?? ''));
    const missing = rows.flatMap((row) => elementsIn(row, (element) => (element.attribs.class ?? '').includes('vs-national missing')));
    expect(missing.length).toBeGreaterThan(0);
  });

  it('links each theme of the resolution’s directions to each province’s tasks on it, and says where a province has none', () => {
    const national = api('documents').find((document) => document.national)!;
    const [table] = elements(page(`/${national.id}/`), (element) => element.name === 'table' && elementsIn(element, (cell) => cell.name === 'th' && visibleText(cell.children).includes('Nhóm nhiệm vụ')).length > 0);
    const cells = elementsIn(table!, (element) => element.name === 'td');
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      const text = visibleText(cell.children).trim();
      const [link] = elementsIn(cell, (element) => element.name === 'a');
      if (text.startsWith('không thấy')) expect(link?.attribs.href ?? '/tim-kiem/?q=').toMatch(/^\/tim-kiem\/\?q=/u);
      else expect(link!.attribs.href).toMatch(/^\/so-sanh\/[a-z-]+\/(?:bac-kan|cao-bang|lam-dong)\/$/u);
    }
  });
});

describe('the original file (issue 24.5)', () => {
  it('offers beside each document page the file it was read from, byte for byte, with its size, and names it in documents.json', () => {
    const documents = api('documents');
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const original = readFileSync(join(dist, document.sourceFile.path));
      expect(original.equals(readFileSync(join(projectDir, document.source))), document.id).toBe(true);
      expect(document.sourceFile.bytes).toBe(original.length);
      expect(document.sourceFile.name).toBe(document.source.split('/').at(-1));
      const link = elements(page(`/${document.id}/`), (element) => element.name === 'a' && element.attribs.href === `/${document.sourceFile.path}`)[0];
      expect(link, document.id).toBeDefined();
      expect(visibleText(link!.children)).toMatch(/^Tải văn bản gốc \(văn bản \.txt, \d+,\d (?:kB|MB)\)$/u);
    }
  });
});
