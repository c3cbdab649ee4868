import { AGENCY_PROVINCE, highlightRanges, normaliseQuery, phraseQuery } from '../lib/search-text.ts';
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
/** Filters whose values are agencies, named with their province. */
const AGENCY_FILTERS = new Set(['chu-tri', 'phoi-hop']);
const PAGE_SIZE = 20;
/** Results shown before the rest of a page of results is fetched: about a screen. */
const FIRST_SCREEN = 6;
const EXCERPT_LENGTH = 280;
/** Values of a filter listed before "Xem cả": the most frequent in the results. */
const FILTER_VALUES_SHOWN = 12;

interface ResultData {
  url: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
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
 *
 * Nothing of the index is fetched before the first query, and the filters'
 * data (which grows with the corpus) only once the reader opens the filters
 * or arrives with one set: the page costs the same at five documents as at
 * a thousand.
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
  app.hidden = false;

  let engine: Promise<{ pagefind: Pagefind; phrases: string[] }> | null = null;
  const loadEngine = () =>
    (engine ??= (async () => {
      const [pagefind, phrases] = await Promise.all([
        import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`) as Promise<Pagefind>,
        fetch(app.dataset.phrasesUrl!).then((response) => response.json() as Promise<string[]>),
      ]);
      // In the page's own thread: a worker would cost a second copy of the runtime (43 kB) for searches that take a few milliseconds.
      await pagefind.options({ noWorker: true });
      return { pagefind, phrases };
    })());
  let filtersLoaded: Promise<void> | null = null;
  let allValues: Record<string, Record<string, number>> = {};
  const loadFilters = () =>
    (filtersLoaded ??= loadEngine().then(async ({ pagefind }) => {
      allValues = await pagefind.filters();
    }));
  /** A link written before agencies were named with their province (`chu-tri=Sở Tài chính`) means every such office. */
  const withProvinces = (filters: Record<string, string[]>) =>
    Object.fromEntries(
      Object.entries(filters).map(([key, values]) => [
        key,
        AGENCY_FILTERS.has(key)
          ? [...new Set(values.flatMap((value) => (value.includes(AGENCY_PROVINCE) ? [value] : officesNamed(value, Object.keys(allValues[key] ?? {})))))]
          : values,
      ]),
    );

  let state = readState();
  input.value = state.query;
  // Arriving with filters set (a link from a bulletin), the reader sees them, except on a phone where they would push the results down.
  if (Object.keys(state.filters).length > 0 && !window.matchMedia('(max-width: 900px)').matches) filtersPanel.open = true;
  let generation = 0;
  let pending: Array<{ data(): Promise<ResultData> }> = [];
  let counts: Record<string, Record<string, number>> = {};

  const run = async () => {
    const current = ++generation;
    const started = performance.now();
    const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Gõ từ cần tìm: tên cơ quan, nội dung nhiệm vụ, số hiệu văn bản…';
      counts = {};
      renderFilters();
      list.dataset.query = '';
      return;
    }
    if (hasFilters || filtersPanel.open) await loadFilters();
    if (hasFilters) {
      const expanded = withProvinces(state.filters);
      if (JSON.stringify(expanded) !== JSON.stringify(state.filters)) {
        state = { ...state, filters: expanded };
        writeState(state, 'replace');
      }
    }
    const { pagefind, phrases } = await loadEngine();
    if (current !== generation) return;
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
    delete list.dataset.complete;
    // Each result's words come in a file of their own: the first screen shows once its few have arrived, the rest follow.
    await showMore(current, FIRST_SCREEN);
    if (current !== generation) return;
    counts = response.filters;
    renderFilters();
    status.textContent = count === 0 ? 'Không có kết quả. Thử bỏ bớt bộ lọc hoặc dùng từ khác.' : `${count} kết quả${state.query ? ` cho “${state.query}”` : ''}.`;
    list.dataset.query = state.query;
    list.dataset.renderedIn = String(Math.round(performance.now() - started));
    await showMore(current, PAGE_SIZE - FIRST_SCREEN);
    if (current === generation) list.dataset.complete = state.query;
  };

  const showMore = async (current: number, size = PAGE_SIZE) => {
    const batch = pending.splice(0, size);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    for (const result of data) list.append(resultItem(result, state.query));
    more.hidden = pending.length === 0;
  };

  const choose = (key: string, value: string, checked: boolean) => {
    const chosen = new Set(state.filters[key] ?? []);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    state = { ...state, filters: { ...state.filters, [key]: [...chosen] } };
    writeState(state, 'push');
    void run();
  };

  const renderFilters = () => {
    filtersBox.replaceChildren(
      ...FILTERS.flatMap(([key, label]) => {
        const chosen = state.filters[key] ?? [];
        // Values no result has are left out; the chosen ones always stay, to be unticked.
        const values = [...new Set([...Object.entries(counts[key] ?? {}).filter(([, count]) => count > 0).map(([value]) => value), ...chosen])];
        if (values.length === 0) return [];
        const fieldset = element('fieldset', 'filter-group');
        fieldset.append(element('legend', '', label));
        const byAgency = AGENCY_FILTERS.has(key);
        const sorted = values.sort((a, b) =>
          key === 'nam' ? a.localeCompare(b) : byAgency ? collator.compare(provinceOf(a), provinceOf(b)) || collator.compare(a, b) : collator.compare(a, b),
        );
        const options = sorted.map((value) =>
          filterOption(key, value, byAgency ? nameOf(value) : value, counts[key]?.[value] ?? 0, chosen.includes(value), choose),
        );
        const shown = new Set(
          [...sorted]
            .sort((a, b) => (counts[key]?.[b] ?? 0) - (counts[key]?.[a] ?? 0))
            .slice(0, FILTER_VALUES_SHOWN)
            .concat(chosen),
        );
        sorted.forEach((value, index) => (options[index]!.hidden = !shown.has(value)));
        // Agencies under their province: `Sở Tài chính` is a different office in each.
        const groups = byAgency ? provinceGroups(sorted, options) : [];
        fieldset.append(...(byAgency ? groups : options));
        if (shown.size < sorted.length) {
          const all = element('button', 'filter-more', `Xem cả ${sorted.length} giá trị`);
          all.type = 'button';
          all.addEventListener('click', () => {
            [...options, ...groups].forEach((option) => (option.hidden = false));
            all.remove();
          });
          fieldset.append(all);
        }
        return [fieldset];
      }),
    );
    if (filtersPanel.open && Object.keys(counts).length === 0 && (state.query || Object.keys(state.filters).length > 0)) {
      filtersBox.append(element('p', 'muted', 'Đang tải bộ lọc…'));
    }
  };

  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open && !filtersLoaded) void loadFilters().then(run);
  });
  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    writeState(state, 'replace');
    void run();
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

/** An agency filter value's parts: `Sở Tài chính – Cao Bằng`. */
const nameOf = (value: string) => value.split(AGENCY_PROVINCE)[0]!;
const provinceOf = (value: string) => value.split(AGENCY_PROVINCE)[1] ?? '';

/** Every office a name stands for, or the name itself when none has it. */
function officesNamed(name: string, known: string[]): string[] {
  const offices = known.filter((value) => nameOf(value) === name);
  return offices.length > 0 ? offices : [name];
}

/** Options wrapped by province, a group hidden when all its options are. */
function provinceGroups(values: string[], options: HTMLElement[]): HTMLElement[] {
  const groups: HTMLElement[] = [];
  values.forEach((value, index) => {
    const province = provinceOf(value) || 'Trung ương, mọi tỉnh';
    let group = groups.at(-1);
    if (!group || group.dataset.province !== province) {
      group = element('div', 'filter-subgroup');
      group.dataset.province = province;
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', province);
      group.append(element('p', 'filter-subgroup-name', province));
      groups.push(group);
    }
    group.append(options[index]!);
  });
  for (const group of groups) group.hidden = [...group.querySelectorAll<HTMLElement>('.filter-option')].every((option) => option.hidden);
  return groups;
}

function filterOption(
  key: string,
  value: string,
  label: string,
  count: number,
  checked: boolean,
  choose: (key: string, value: string, checked: boolean) => void,
): HTMLDivElement {
  const id = `loc-${key}-${[...value].map((character) => character.codePointAt(0)!.toString(36)).join('')}`;
  const wrapper = element('div', 'filter-option');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = checked;
  box.addEventListener('change', () => choose(key, value, box.checked));
  const text = element('label', '', `${label} (${count})`);
  text.setAttribute('for', id);
  wrapper.append(box, text);
  return wrapper;
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
