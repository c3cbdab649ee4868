import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch, type Found } from '../helpers/pagefind-client.ts';
import { buildSearchGroups, GROUP_SIZE } from '../../scripts/lib/search/search-groups.ts';
import { indexedWords, readSearchOptions } from '../../scripts/lib/search/search-item.ts';
import { readOpenData } from '../../scripts/lib/open-data.ts';
import { foldForMatch } from '../../src/lib/search-text.ts';
import { decodeItem } from '../../src/lib/search-results.ts';
import { dist, projectDir } from './helpers.ts';

let client: Awaited<ReturnType<typeof openSearch>>;
beforeAll(async () => {
  client = await openSearch(dist);
});
afterAll(() => client.close());

const texts = (found: Found[]) => found.map((result) => `${result.title} | ${result.text}`);

// Each query as a cadre types it, and what it must find.
describe('search as Vietnamese users type', () => {
  it.each([
    ['truong noi tru', /trường phổ thông nội trú liên cấp/u],
    ['so tai chinh', /Sở Tài chính/u],
    ['dao tao', /Đào tạo|đào tạo/u],
    ['duong', /đường/u],
    ['phan cap', /phân cấp/u],
  ])('finds %s without diacritics', async (query, expected) => {
    const { found } = await client.search(query);
    expect(texts(found).some((text) => expected.test(text)), `${query} → ${texts(found).slice(0, 3).join(' ‖ ')}`).toBe(true);
  });

  it('lets d find đ, which Pagefind alone does not fold', async () => {
    const { found } = await client.search('dot pha');
    expect(texts(found).some((text) => /đột phá/u.test(text))).toBe(true);
  });

  it('finds every task led by Sở Tài chính for `so tai chinh`, first the agency page and tasks', async () => {
    const { found } = await client.search('so tai chinh');
    const tasks = found.filter((result) => result.type === 'Nhiệm vụ' && result.lead?.includes('Sở Tài chính'));
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    expect(found.some((result) => result.url.endsWith('/co-quan/cao-bang-so-tai-chinh/'))).toBe(true);
  });

  it.each([
    ['GDĐT', 'Giáo dục và Đào tạo'],
    ['GD&ĐT', 'Giáo dục và Đào tạo'],
    ['gddt', 'Giáo dục và Đào tạo'],
    ['UBND', 'Ủy ban nhân dân'],
    ['Ủy ban nhân dân', 'UBND'],
    ['CSGD', 'cơ sở giáo dục'],
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['THPT', 'trung học phổ thông'],
    ['THCS', 'trung học cơ sở'],
  ])('reads %s as %s too', async (query, other) => {
    const { found } = await client.search(query);
    const pattern = new RegExp(other, 'iu');
    expect(texts(found).some((text) => pattern.test(text)), `${query} → ${found.length} results`).toBe(true);
  });

  it.each([
    ['hoá', 'hóa'],
    ['Uỷ', 'Ủy'],
  ])('finds %s and %s alike', async (one, other) => {
    const first = (await client.search(`${one} ban`)).found.map((result) => result.url);
    const second = (await client.search(`${other} ban`)).found.map((result) => result.url);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first)).toEqual(new Set(second));
  });

  it.each([
    ['43-KH/TU', '/van-ban/43-kh-tu/'],
    ['71', '/van-ban/71-nq-tw/'],
    ['91-KL', '/van-ban/91-kl-tw/'],
  ])('finds the cited document %s and its citing passages', async (query, page) => {
    const { found } = await client.search(query);
    expect(found.some((result) => result.url.endsWith(page))).toBe(true);
    expect(found.filter((result) => result.text?.includes(query)).length).toBeGreaterThan(1);
  });
});

describe('search filters', () => {
  it('narrows to one province and type, with counts', async () => {
    const { results, found, filters } = await client.search('giao vien', { tinh: ['Lâm Đồng'], loai: ['Nhiệm vụ'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((result) => result.province === 'Lâm Đồng' && result.type === 'Nhiệm vụ')).toBe(true);
    // Counts are of results, each a run of one document's items.
    expect(filters.loai?.['Nhiệm vụ']).toBe(results.length);
    expect(found.length).toBeGreaterThan(results.length);
  });

  it('filters tasks by lead agency and by deadline year', async () => {
    const { found } = await client.search('', { 'chu-tri': ['Sở Giáo dục và Đào tạo – Cao Bằng'], nam: ['2026'] });
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((result) => result.lead?.includes('Sở Giáo dục và Đào tạo') && result.province === 'Cao Bằng')).toBe(true);
  });

  it('offers every filter of the brief', async () => {
    const { filters } = await client.search('giao duc');
    expect(Object.keys(filters).sort()).toEqual(['chu-de', 'chu-tri', 'loai', 'nam', 'phoi-hop', 'tinh', 'van-ban']);
    expect(Object.keys(filters.loai!).sort()).toEqual(
      ['Chỉ tiêu', 'Cơ quan', 'Mục', 'Nhiệm vụ', 'Trách nhiệm', 'Văn bản', 'Văn bản dẫn chiếu', 'Đoạn văn'].sort(),
    );
  });
});

describe('search result titles (issue 13.7)', () => {
  it('names a paragraph hit by its section path and title, never a bare “Đoạn”', async () => {
    const { found } = await client.search('nang cao chat luong');
    const passages = found.filter((result) => result.type === 'Đoạn văn');
    expect(passages.length).toBeGreaterThan(0);
    for (const result of passages) {
      expect(result.title).not.toMatch(/^Đoạn\b/u);
      expect(result.title).toMatch(/^(?:Mục [0-9IVXLPL.]+ .+|Phần mở đầu|Phần đầu văn bản|Tên văn bản|Chữ ký|Nơi nhận)(?:, (?:đoạn|ý) \d+)? · /u);
    }
  });
});

describe('search records (issue 12)', () => {
  const data = readOpenData(dist);
  const options = readSearchOptions(projectDir);
  const groups = buildSearchGroups(data, options);

  it('gathers items into few records: every item once, a document’s in runs of GROUP_SIZE at most, half full but its last', () => {
    const urls = groups.flatMap((group) => group.items.map((item) => item.url));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(expect.arrayContaining([...data.tasks.map((task) => `${task.permalink}#${task.id}`), ...data.targets.map((target) => target.url)]));
    expect(new Set(groups.map((group) => group.url)).size).toBe(groups.length);
    for (const document of data.documents) {
      const own = groups.filter((group) => group.url === document.url || group.url.startsWith(`${document.url}#`));
      const items = own.flatMap((group) => group.items);
      expect(own.every((group) => group.items.length <= GROUP_SIZE)).toBe(true);
      expect(own.length).toBeLessThanOrEqual(Math.ceil(items.length / (GROUP_SIZE / 2)));
    }
    expect(groups.length * 8).toBeLessThan(urls.length);
  });

  it('shows, of a record, the items that hold every word searched, not those holding one', async () => {
    const { results, found } = await client.search('so tai chinh');
    const items = results.reduce((sum, result) => sum + (result.anchors ?? []).length, 0);
    expect(found.length).toBeLessThan(items / 2);
    const words = new Map(groups.flatMap((group) => group.items.map((item) => [item.url, ` ${foldForMatch(indexedWords(item.searchable, options.synonyms))}`])));
    for (const item of found) expect(['so', 'tai', 'chinh'].every((word) => new RegExp(`[^\\p{L}]${word}`, 'u').test(words.get(item.url)!)), item.url).toBe(true);
  });

  it('gives back each item as it was written, the record’s words aside (issue 36)', async () => {
    const { results } = await client.search('giao duc');
    expect(results.length).toBeGreaterThan(5);
    const shown = new Map(groups.map((group) => [group.url, group.items.map(({ searchable: _searchable, ...item }) => item)]));
    for (const result of results) {
      const items = (result.anchors ?? []).map((anchor) => decodeItem(anchor.title!));
      expect(items, result.url).toEqual(shown.get((result as typeof result & { raw_url?: string }).raw_url ?? result.url));
    }
  });

  it('finds nothing by the names of the fields an item is shown with (issue 36)', async () => {
    for (const query of ['filters', 'province']) expect((await client.search(query)).results, query).toEqual([]);
  });
});
