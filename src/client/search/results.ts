import { highlightRanges, searchSteps } from '../../lib/search-text.ts';
import { itemsToShow, type ResultData, type SearchItem } from '../../lib/search-results.ts';
import synonyms from '../../../data/search-synonyms.json';
import { element } from './dom.ts';
import type { FilterCounts, PagefindResult, SearchEngine } from './engine.ts';
import type { State } from './state.ts';

/** Results (each a run of items of one document) a page of results shows. */
export const PAGE_SIZE = 5;
/** Items of a result listed before its "Xem thêm". */
const ITEMS_SHOWN = 4;
const EXCERPT_LENGTH = 280;

/**
 * The results of one query, a page at a time. The query is searched in
 * steps (see searchSteps), each only when the results found so far run out;
 * a search overtaken by a newer query (`isCurrent` false) stops.
 */
export class ResultPages {
  /** The searches of the query not yet run, and the results found but not yet shown, each with the search that found it. */
  private steps: Array<string | null> = [];
  private pending: Array<{ result: PagefindResult; query: string | null }> = [];
  private found = new Set<string>();
  /** Results found to hold no item that has every word and filter value (see showMore). */
  private emptyResults = 0;
  private state: State = { query: '', filters: {} };
  /** Filter values of the results, from the widest search run: which values the results hold. */
  counts: FilterCounts = {};
  /** How many items shown on the page hold each filter value: what the panel counts. */
  shown: FilterCounts = {};

  constructor(
    private readonly engine: SearchEngine,
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
  ) {}

  begin(state: State): void {
    this.state = state;
    this.steps = state.query ? searchSteps(state.query) : [null];
    this.pending = [];
    this.found = new Set();
    this.emptyResults = 0;
    this.shown = {};
    this.list.replaceChildren();
  }

  clear(): void {
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  /**
   * Shows `size` more results, searching further while fewer wait (unless `widen` is false: the wider
   * searches then wait for “Xem thêm”). Pagefind matches a result as a whole: one item can hold the
   * filter value and another the words, and then none is shown; the page takes the next one instead.
   * False once a newer query has begun.
   */
  async showMore(isCurrent: () => boolean, size = PAGE_SIZE, widen = true): Promise<boolean> {
    let shown = 0;
    while (shown < size) {
      if (widen && !(await this.search(isCurrent, size - shown))) return false;
      const batch = this.pending.splice(0, size - shown);
      if (batch.length === 0) break;
      // Fetched together, each shown as soon as it and those before it are in: the first result does not wait for the others.
      const requests = batch.map(({ result }) => result.data());
      for (const [index, request] of requests.entries()) {
        const result = await request;
        if (!isCurrent()) return false;
        const items = itemsToShow(result, this.state.filters, batch[index]!.query);
        if (items.length === 0) this.emptyResults++;
        else {
          // Since the page was asked for: a link's time to its first result (the benchmark reads it).
          if (this.list.childElementCount === 0) this.list.dataset.firstShownAt = String(Math.round(performance.now()));
          this.list.append(resultCard(result, items, this.state.query));
          for (const item of items) {
            for (const [key, values] of Object.entries(item.filters)) {
              const counts = (this.shown[key] ??= {});
              for (const value of new Set(values)) counts[value] = (counts[value] ?? 0) + 1;
            }
          }
          shown++;
        }
      }
    }
    this.more.hidden = this.pending.length === 0 && this.steps.length === 0;
    return true;
  }

  /** Whether every result of the query is on the page (its counts are then the whole query's). */
  get complete(): boolean {
    return this.pending.length === 0 && this.steps.length === 0;
  }

  status(): string {
    const count = this.found.size - this.emptyResults;
    const { query } = this.state;
    if (count === 0 && this.steps.length === 0) return 'Không có kết quả. Thử bỏ bớt bộ lọc hoặc dùng từ khác.';
    if (this.steps.length > 0) return `${count} kết quả có cụm “${query}”; “Xem thêm” cho cả những chỗ có các từ này rời nhau.`;
    return `${count} kết quả${query ? ` cho “${query}”` : ''}.`;
  }

  /** Runs the query's next searches until `size` results wait, or none is left; false once a newer query has begun. */
  private async search(isCurrent: () => boolean, size: number): Promise<boolean> {
    const pagefind = await this.engine.start();
    const { filters } = this.state;
    while (this.pending.length < size && this.steps.length > 0) {
      const query = this.steps.shift()!;
      // Its part of the index first: a search overtaken by a newer key meanwhile is never scored (scoring holds the page's thread).
      await pagefind.preload(query, { filters });
      if (!isCurrent()) return false;
      const response = await pagefind.search(query, { filters });
      if (!isCurrent()) return false;
      const fresh = response.results.filter((result) => !this.found.has(result.id));
      fresh.forEach((result) => this.found.add(result.id));
      this.pending.push(...fresh.map((result) => ({ result, query })));
      // Each search finds what the one before it found, and more: its filter counts are the widest.
      this.counts = response.filters;
    }
    return true;
  }
}

/** A result: where it is (a document and its parts), then the items the query found there. */
function resultCard(result: ResultData, items: SearchItem[], query: string): HTMLLIElement {
  const card = document.createElement('li');
  const article = element('article', 'search-result');
  const place = element('h2', 'result-place');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  place.append(link);
  article.append(place);
  const list = element('ol', 'result-items');
  // Items name their document after ` · `, as the result's heading does first: said once is enough.
  const documentName = (result.meta.title ?? '').split(' · ')[0]!;
  const ownTitle = (title: string) => (documentName && title.endsWith(` · ${documentName}`) ? title.slice(0, -(documentName.length + 3)) : title);
  list.append(...items.map((item, index) => resultItem({ ...item, title: ownTitle(item.title) }, query, index >= ITEMS_SHOWN)));
  article.append(list);
  if (items.length > ITEMS_SHOWN) {
    const all = element('button', 'result-more', `Xem thêm ${items.length - ITEMS_SHOWN} kết quả ở phần này`);
    all.type = 'button';
    all.addEventListener('click', () => {
      list.querySelectorAll<HTMLElement>('li[hidden]').forEach((hidden) => (hidden.hidden = false));
      all.remove();
    });
    article.append(all);
  }
  card.append(article);
  return card;
}

function resultItem(item: SearchItem, query: string, hidden: boolean): HTMLLIElement {
  const entry = element('li', 'result-item');
  entry.hidden = hidden;
  entry.append(element('p', 'result-type', item.type));
  const heading = element('h3', 'result-title');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.title;
  heading.append(link);
  entry.append(heading);
  if (item.text) entry.append(excerpt(item.text, query));
  if (item.type === 'Nhiệm vụ') {
    const details = element('p', 'result-meta');
    details.append(element('span', '', `Chủ trì: ${item.lead ?? 'Văn bản không nêu'}`));
    if (item.support) details.append(element('span', '', `Phối hợp: ${item.support}`));
    details.append(element('span', '', `Thời gian: ${item.timeframe ?? 'Không nêu'}`));
    entry.append(details);
  }
  return entry;
}

/** A window of the text around the first match, matches in <mark>; text nodes only. */
function excerpt(text: string, query: string): HTMLParagraphElement {
  const ranges = highlightRanges(text, query, synonyms);
  let start = 0;
  if (ranges.length > 0 && text.length > EXCERPT_LENGTH) {
    start = Math.max(0, ranges[0]![0] - 90);
    const space = text.lastIndexOf(' ', start);
    start = start === 0 ? 0 : space + 1;
  }
  const end = Math.min(text.length, start + EXCERPT_LENGTH);
  const paragraph = element('p', 'result-excerpt');
  if (start > 0) paragraph.append('… ');
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    paragraph.append(text.slice(cursor, markFrom));
    paragraph.append(element('mark', '', text.slice(markFrom, Math.min(to, end))));
    cursor = Math.min(to, end);
  }
  paragraph.append(text.slice(cursor, end));
  if (end < text.length) paragraph.append(' …');
  return paragraph;
}
