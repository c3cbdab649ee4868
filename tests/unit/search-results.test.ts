import { describe, expect, it } from 'vitest';
import { decodeItem, encodeItem, itemsToShow, type ResultData, type SearchItem } from '../../src/lib/search-results.ts';

const item = (title: string, filters: Record<string, string[]> = {}): SearchItem => ({ url: `/a/#${title}`, type: 'Nhiệm vụ', title, text: title, filters });

/** A record as Pagefind returns it: its words, and the matches under each item's anchor. */
function record(words: string[][], matches: number[][], items: SearchItem[]): ResultData {
  const starts = words.map((_, index) => words.slice(0, index).flat().length);
  return {
    url: '/a/',
    content: words.flat().join(' '),
    meta: {},
    anchors: items.map((shown, index) => ({ id: `i${index}`, title: encodeItem(shown) })),
    sub_results: matches.map((locations, index) => ({ url: `/a/#i${index}`, locations: locations.map((location) => starts[index]! + location) })),
  };
}

describe('the items a result shows', () => {
  const words = [
    ['Sở', 'Tài', 'chính', 'chủ', 'trì'],
    ['số', 'liệu', 'tài', 'sản'],
    ['onerror=alert("x")>', 'Sở', 'Y', 'tế'],
  ];
  const items = [item('a', { 'chu-tri': ['Sở Tài chính – Cao Bằng'] }), item('b'), item('c', { 'chu-tri': ['Sở Y tế – Cao Bằng'] })];

  it('are those holding every word searched, not one of them', () => {
    const data = record(words, [[0, 1, 2], [0, 2], [1]], items);
    expect(itemsToShow(data, {}, 'so tai chinh').map((shown) => shown.title)).toEqual(['a']);
    expect(itemsToShow(data, {}, 'so tai').map((shown) => shown.title)).toEqual(['a', 'b']);
  });

  it('find a word inside punctuation, as Pagefind does', () => {
    expect(itemsToShow(record(words, [[], [], [0]], items), {}, 'alert').map((shown) => shown.title)).toEqual(['c']);
  });

  it('keep to the chosen filter values, and show every item of a record when only filters are set', () => {
    const data = record(words, [[0], [0], [1]], items);
    expect(itemsToShow(data, { 'chu-tri': ['Sở Y tế – Cao Bằng'] }, 'so').map((shown) => shown.title)).toEqual(['c']);
    expect(itemsToShow(data, { 'chu-tri': ['Sở Tài chính – Cao Bằng'] }, null).map((shown) => shown.title)).toEqual(['a']);
    expect(itemsToShow(data, {}, null)).toHaveLength(3);
  });
});

describe('an item as its anchor title in the index', () => {
  const written: SearchItem = {
    url: '/a/#i1',
    type: 'Nhiệm vụ',
    title: "GD&ĐT <b> l'école",
    text: 'hai  dấu cách,\tmột tab\nvà một dòng mới, \u0085 một NEL',
    province: 'Cao Bằng',
    filters: { loai: ['Nhiệm vụ'], tinh: ['Cao Bằng'], 'chu-tri': ['Sở Tài chính – Cao Bằng'] },
  };

  it('holds no character Pagefind would decode or fold, nor one a single-quoted attribute must escape', () => {
    expect(encodeItem(written)).not.toMatch(/[&<>'\u0085]|\s\s|[^\S ]/u);
  });

  it('comes back as it was written, the filter values its type and province say restored', () => {
    // What Pagefind does to a title: character references decoded, runs of white space made one space.
    const throughPagefind = encodeItem(written).replace(/[\s\u0085]{2,}/gu, ' ');
    expect(decodeItem(throughPagefind)).toEqual(written);
    expect(encodeItem(written)).not.toContain('Nhiệm vụ"]');
  });
});
