import { highlightRanges, normaliseQuery, phraseQuery } from '../lib/search-text.ts';
import synonyms from '../../data/search-synonyms.json';

/** Filter keys (also URL parameters) and their labels, in the order shown. */
const FILTERS: Array<[string, string]> = [
  ['loai', 'Loại'],
  ['tinh', 'Tỉnh'],
  ['van-ban', 'Văn bản'],
  ['chu-tri', 'Cơ quan chủ trì'],
  ['phoi-hop', 'Cơ quan phối hợp'],
  ['chu-de', 'Chủ đề'],
  ['nam', 'Năm'],
];
const PAGE_SIZE = 20;
const EXCERPT_LENGTH = 280;

interface ResultData {
  url: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters: Record<string, string[]> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<ResultData> }>; filters: Record<string, Record<string, number>> }>;
}

interface State {
  query: string;
  filters: Record<string, string[]>;
}

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * The search page: the whole state lives in the URL (`?q=…&tinh=…`), so a
 * link pasted into a bulletin reopens the same results. Every text from the
 * index reaches the page as DOM text, never as HTML.
 */
export async function startSearchPage(): Promise<void> {
  const app = document.querySelector<HTMLElement>('[data-search-app]')!;
  const input = app.querySelector<HTMLInputElement>('#search-query')!;
  const form = app.querySelector<HTMLFormElement>('form')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const filtersBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
  const filtersPanel = app.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const phrases = JSON.parse(app.dataset.phrases ?? '[]') as string[];
  app.hidden = false;
  if (window.matchMedia('(max-width: 900px)').matches) filtersPanel.open = false;

  const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({});
  const allFilters = await pagefind.filters();

  let state = readState();
  // Someone may have typed while the index loaded: their words win over the URL's.
  if (input.value.trim() && input.value.trim() !== state.query) {
    state = { ...state, query: input.value.trim() };
    writeState(state, 'replace');
  } else input.value = state.query;
  let generation = 0;
  let pending: Array<{ data(): Promise<ResultData> }> = [];

  const run = async () => {
    const current = ++generation;
    const started = performance.now();
    const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Gõ từ cần tìm: tên cơ quan, nội dung nhiệm vụ, số hiệu văn bản…';
      renderFilters(allFilters);
      return;
    }
    const query = state.query ? normaliseQuery(state.query) : null;
    const phrase = state.query ? phraseQuery(state.query, phrases) : null;
    // A query naming an agency shows the results with that exact name first, then the rest.
    const [response, exact] = await Promise.all([
      pagefind.search(query, { filters: state.filters }),
      phrase ? pagefind.search(phrase, { filters: state.filters }) : null,
    ]);
    if (current !== generation) return;
    const first = new Set(exact?.results.map((result) => result.id));
    const ordered = [...(exact?.results ?? []), ...response.results.filter((result) => !first.has(result.id))];
    const count = ordered.length;
    pending = ordered;
    list.replaceChildren();
    await showMore(current);
    if (current !== generation) return;
    renderFilters(response.filters);
    status.textContent = count === 0 ? 'Không có kết quả. Thử bỏ bớt bộ lọc hoặc dùng từ khác.' : `${count} kết quả${state.query ? ` cho “${state.query}”` : ''}.`;
    list.dataset.query = state.query;
    list.dataset.renderedIn = String(Math.round(performance.now() - started));
  };

  const showMore = async (current: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    for (const result of data) list.append(resultItem(result, state.query));
    more.hidden = pending.length === 0;
  };

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filtersBox.replaceChildren(
      ...FILTERS.flatMap(([key, label]) => {
        const values = new Set([...Object.keys(counts[key] ?? {}), ...(state.filters[key] ?? [])]);
        if (values.size === 0) return [];
        const fieldset = element('fieldset', 'filter-group');
        fieldset.append(element('legend', '', label));
        const sorted = [...values].sort((a, b) => (key === 'nam' ? a.localeCompare(b) : collator.compare(a, b)));
        for (const value of sorted) {
          const id = `loc-${key}-${[...value].map((character) => character.codePointAt(0)!.toString(36)).join('')}`;
          const wrapper = element('div', 'filter-option');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.checked = state.filters[key]?.includes(value) ?? false;
          box.addEventListener('change', () => {
            const chosen = new Set(state.filters[key] ?? []);
            if (box.checked) chosen.add(value);
            else chosen.delete(value);
            state = { ...state, filters: { ...state.filters, [key]: [...chosen] } };
            writeState(state, 'push');
            void run();
          });
          const text = element('label', '', `${value} (${counts[key]?.[value] ?? 0})`);
          text.setAttribute('for', id);
          wrapper.append(box, text);
          fieldset.append(wrapper);
        }
        return [fieldset];
      }),
    );
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      writeState(state, 'replace');
      void run();
    }, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value.trim() };
    writeState(state, 'push');
    void run();
  });
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.query;
    void run();
  });
  await run();
  app.dataset.ready = 'true';
  if (!state.query) input.focus();
}

function readState(): State {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

function writeState(state: State, mode: 'push' | 'replace'): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key] of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function resultItem(result: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const article = element('article', 'search-result');
  const meta = result.meta;
  article.append(element('p', 'result-type', [meta.type, meta.province].filter(Boolean).join(' · ')));
  const heading = element('h2', 'result-title');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = meta.title ?? result.url;
  heading.append(link);
  article.append(heading);
  if (meta.text) article.append(excerpt(meta.text, query));
  if (meta.type === 'Nhiệm vụ') {
    const details = element('p', 'result-meta');
    details.append(element('span', '', `Chủ trì: ${meta.lead ?? 'Văn bản không nêu'}`));
    if (meta.support) details.append(element('span', '', `Phối hợp: ${meta.support}`));
    details.append(element('span', '', `Thời gian: ${meta.timeframe ?? 'Không nêu'}`));
    article.append(details);
  }
  item.append(article);
  return item;
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
