import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { groupHtml } from '../../scripts/lib/search/search-groups.ts';
import type { IndexedItem } from '../../scripts/lib/search/search-item.ts';
import { decodeItem } from '../../src/lib/search-results.ts';

afterAll(() => close());

/** The fragments Pagefind writes for these records: each record's url, content and anchors. */
async function fragmentsOf(html: Array<{ url: string; content: string }>): Promise<Array<{ url: string; anchors: Array<{ id: string; title?: string }> }>> {
  const { index } = await createIndex({});
  for (const file of html) expect((await index!.addHTMLFile(file)).errors).toEqual([]);
  const { files } = await index!.getFiles();
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => JSON.parse(gunzipSync(file.content).toString('utf8').replace(/^pagefind_dcd/u, '')));
}

describe('a search record as Pagefind stores it (issue 36)', () => {
  const item: IndexedItem = {
    url: '/a/#iii-1',
    type: 'Nhiệm vụ',
    title: "Nhiệm vụ 1 · GD&ĐT <Cao Bằng> l'an  \"trích\"",
    text: 'Hai  dấu cách,\tmột tab\nmột dòng mới, &amp; viết sẵn, \u0085 và {ngoặc}',
    province: 'Cao Bằng',
    lead: 'Sở Giáo dục và Đào tạo',
    filters: { loai: ['Nhiệm vụ'], tinh: ['Cao Bằng'], 'chu-tri': ['Sở Giáo dục và Đào tạo – Cao Bằng'] },
    searchable: 'Hai dấu cách một tab',
  };

  it('gives back each item exactly as it was written, from its anchor', async () => {
    const [fragment] = await fragmentsOf([{ url: '/a/', content: groupHtml({ url: '/a/', title: 'Kế hoạch', items: [item, { ...item, url: '/a/#iii-2' }] }, []) }]);
    const { searchable: _searchable, ...shown } = item;
    expect(fragment!.anchors.map((anchor) => decodeItem(anchor.title!))).toEqual([shown, { ...shown, url: '/a/#iii-2' }]);
  });
});
