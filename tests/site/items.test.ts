import { describe, expect, it } from 'vitest';
import { elements } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { api, page } from './helpers.ts';

// Issue 33.1: provinces side by side, item by item of Resolution 71-NQ/TW.
describe('the comparison by national item', () => {
  const tasks = api('tasks');

  it('publishes the items each task takes up, as ids of the resolution’s tasks', () => {
    const items = new Set(tasks.filter((task) => task.document === 'bo-chinh-tri-71-nq-tw').map((task) => task.id));
    const linked = tasks.filter((task) => task.implementsItems.length > 0);
    expect(linked.length).toBeGreaterThan(80);
    for (const task of linked) {
      expect(task.itemsDocument).toBe('bo-chinh-tri-71-nq-tw');
      for (const item of task.implementsItems) expect(items.has(item)).toBe(true);
    }
  });

  it('sets every item against the provinces: a count that opens the item at the province, or “không thấy” with a search', () => {
    const matrix = page('/theo-muc/');
    const rows = elements(matrix, (element) => element.name === 'tr').slice(1);
    expect(rows).toHaveLength(34);
    const links = elements(matrix, (element) => element.name === 'a' && /^\/theo-muc\/bo-chinh-tri-71-nq-tw\/iii-5-y2\/#cao-bang$/u.test(element.attribs.href ?? ''));
    expect(links).toHaveLength(1);
    expect(visibleText(matrix.dom.children)).toMatch(/không thấy · tìm/u);
    const search = elements(matrix, (element) => element.name === 'a' && (element.attribs.href ?? '').startsWith('/tim-kiem/?q='));
    expect(search.length).toBeGreaterThan(0);
  });

  it('answers which provinces took up the item on teachers’ pay and allowances, and how, on the item’s page', () => {
    const item = page('/theo-muc/bo-chinh-tri-71-nq-tw/iii-2-y2/');
    const text = visibleText(item.dom.children);
    expect(text).toContain('ưu đãi đặc thù, vượt trội cho đội ngũ nhà giáo');
    const headings = elements(item, (element) => (element.attribs.class ?? '').includes('column-heading')).map((heading) => visibleText(heading.children));
    // Each province's column, Bắc Kạn's saying whose plan it holds (a city's).
    expect(headings.map((heading) => heading.replace(/\s*\(\d+\)$/u, ''))).toEqual(['Bắc Kạn chỉ có văn bản của Ban Thường vụ Thành ủy Bắc Kạn', 'Cao Bằng', 'Lâm Đồng']);
    const taking = tasks.filter((task) => task.implementsItems.includes('iii-2-y2') && task.document !== 'bo-chinh-tri-71-nq-tw');
    for (const task of taking) expect(item.ids.has(task.id) || elements(item, (element) => element.attribs.href === task.permalink).length > 0).toBe(true);
  });

  it('gives each province a list of its own for an item, page by page, the whole of what the item’s column shows (issue 34.7)', () => {
    const taking = tasks.filter((task) => task.implementsItems.includes('iii-2-y2') && task.province === 'Cao Bằng');
    expect(taking.length).toBeGreaterThan(0);
    const list = page('/theo-muc/bo-chinh-tri-71-nq-tw/iii-2-y2/cao-bang/');
    const shown = elements(list, (element) => element.name === 'a' && taking.some((task) => element.attribs.href === task.permalink));
    expect(new Set(shown.map((link) => link.attribs.href))).toEqual(new Set(taking.map((task) => task.permalink)));
    expect(visibleText(list.dom.children)).toContain(`Cao Bằng (${taking.length})`);
  });

  it('names on a task’s page the items it takes up, and on an item’s own task page the provinces’ page', () => {
    const task = tasks.find((entry) => entry.document === 'lam-dong-chuong-trinh-hanh-dong-71-nq-tw' && entry.implementsItems.includes('iii-5-y5'))!;
    const links = elements(page(task.permalink!), (element) => element.attribs.href === '/theo-muc/bo-chinh-tri-71-nq-tw/iii-5-y5/');
    expect(links.length).toBeGreaterThan(0);
    expect(elements(page('/nhiem-vu/bo-chinh-tri-71-nq-tw/iii-5-y5/'), (element) => element.attribs.href === '/theo-muc/bo-chinh-tri-71-nq-tw/iii-5-y5/')).toHaveLength(1);
  });
});
