/**
 * A search result is a run of items of one document (or of one province's
 * agencies, or of cited documents): one Pagefind record, each item behind an
 * anchor of its own. Read by the search page and the tests alike.
 */
import { foldForMatch, withoutQueryPunctuation } from './search-text.ts';

/** An item of a result: what the search page shows, and its filter values. */
export interface SearchItem {
  url: string;
  /** `Nhiệm vụ`, `Chỉ tiêu`, `Đoạn văn`… */
  type: string;
  title: string;
  text: string;
  province?: string;
  lead?: string;
  support?: string;
  timeframe?: string;
  theme?: string;
  filters: Record<string, string[]>;
}

/**
 * The search filters, in the order the search page shows them: the key the
 * index stores a value under (also the page's URL parameter) and its label.
 */
export const SEARCH_FILTERS = {
  type: { key: 'loai', label: 'Loại' },
  province: { key: 'tinh', label: 'Tỉnh' },
  document: { key: 'van-ban', label: 'Văn bản' },
  lead: { key: 'chu-tri', label: 'Cơ quan chủ trì' },
  support: { key: 'phoi-hop', label: 'Cơ quan phối hợp' },
  theme: { key: 'chu-de', label: 'Chủ đề' },
  year: { key: 'nam', label: 'Năm' },
} as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;

/** What Pagefind gives for a result, as far as it is read here. */
export interface ResultData {
  url: string;
  /** The record's indexed words; a match's location is its place among them. */
  content: string;
  meta: Record<string, string>;
  /** The record's anchors: `i0`, `i1`… each with its item for a title (see encodeItem). */
  anchors?: Array<{ id: string; title?: string }>;
  sub_results?: Array<{ url: string; locations: number[] }>;
}

/** How Pagefind cuts a record's content into the words its locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;

/** The anchor before an item's words in its record. */
export function itemAnchor(index: number): string {
  return `i${index}`;
}

/** The item an anchor of a record stands before (see itemAnchor), if it is one. */
function itemIndex(anchor: string): number | undefined {
  const index = /^i(\d+)$/u.exec(anchor)?.[1];
  return index === undefined ? undefined : Number(index);
}

/**
 * The items of a result to show: those that hold every word of the query
 * (Pagefind asks that of the whole record, which would also show an item
 * holding `so` alone for `so tai chinh`; every item when only filters are
 * set), and every chosen filter value (the record holds the values of all its
 * items).
 */
export function itemsToShow(data: ResultData, filters: Record<string, string[]>, query: string | null): SearchItem[] {
  const items = itemsOf(data);
  const terms = query ? queryTerms(query) : [];
  const words = data.content.split(WORD_SEPARATORS);
  const found = new Set<number>();
  for (const sub of data.sub_results ?? []) {
    const index = itemIndex(sub.url.slice(sub.url.lastIndexOf('#') + 1));
    if (index === undefined) continue;
    // A word as the page has it, and its parts: Pagefind also finds `alert` in `onerror=alert(1)`.
    const matched = sub.locations.flatMap((location) => {
      const word = bareWord(words[location] ?? '');
      return [word, withoutQueryPunctuation(word), ...word.split(/[^\p{L}\p{N}]+/u)];
    });
    if (terms.every((term) => matched.some((word) => word.startsWith(term)))) found.add(index);
  }
  const shown = items.filter(
    (item, index) =>
      (terms.length === 0 || found.has(index)) && Object.entries(filters).every(([key, values]) => values.every((value) => item.filters[key]?.includes(value))),
  );
  // A document's items keep their reading order; a directory of agencies has none, and the name the query begins comes first.
  return shown.every((item) => item.type === AGENCY_TYPE) && terms.length > 0 ? [...shown].sort(byNameMatch(terms[0]!)) : shown;
}

/** A record's items, in the order of their anchors. */
function itemsOf(data: ResultData): SearchItem[] {
  const items: SearchItem[] = [];
  for (const anchor of data.anchors ?? []) {
    const index = itemIndex(anchor.id);
    if (index !== undefined && anchor.title) items[index] = decodeItem(anchor.title);
  }
  return items;
}

/**
 * An item as its anchor's title in the index: JSON without the filter values
 * its type and province say, written so that it comes out of Pagefind as it
 * went in (Pagefind reads a title as HTML text, decoding character references
 * and folding runs of white space), and needs no escaping in a single-quoted
 * attribute.
 */
export function encodeItem(item: SearchItem): string {
  const { [SEARCH_FILTERS.type.key]: _type, [SEARCH_FILTERS.province.key]: _province, ...filters } = item.filters;
  return JSON.stringify({ ...item, filters }).replace(UNSAFE_IN_TITLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What Pagefind would decode or fold (white space as Rust counts it: JavaScript's and U+0085), and what ends a single-quoted attribute. */
const UNSAFE_IN_TITLE = /[&<>']|[\s\u0085](?=[\s\u0085])|[^\S ]|\u0085/gu;

export function decodeItem(title: string): SearchItem {
  const item = JSON.parse(title) as SearchItem;
  const { type, province } = SEARCH_FILTERS;
  return { ...item, filters: { ...item.filters, [type.key]: [item.type], ...(item.province ? { [province.key]: [item.province] } : {}) } };
}

/** The type of an agency item (see scripts/lib/search/search-item.ts). */
const AGENCY_TYPE = 'Cơ quan';

/** Items whose title has a word (or pair of words, see wordPairs) beginning with `term` soonest first, then shorter titles (a closer name). */
function byNameMatch(term: string) {
  const at = (item: SearchItem) => {
    const words = foldForMatch(item.title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const index = words.findIndex((word, position) => word.startsWith(term) || `${word}${words[position + 1] ?? ''}`.startsWith(term));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a: SearchItem, b: SearchItem) => at(a) - at(b) || a.title.length - b.title.length;
}

/** A query's words as Pagefind reads them (`GD&ĐT` is `gddt`, `43-KH/TU` is `43khtu`): no tone marks, no punctuation, lower case. */
function queryTerms(query: string): string[] {
  return query.split(WORD_SEPARATORS).map((word) => withoutQueryPunctuation(bareWord(word))).filter(Boolean);
}

function bareWord(word: string): string {
  return foldForMatch(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
