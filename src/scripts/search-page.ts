import { AGENCY_PROVINCE, highlightRanges, searchSteps } from '../lib/search-text.ts';
import { itemsToShow, type ResultData, type SearchItem } from '../lib/search-results.ts';
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
/** Results (each a run of items of one document) a page of results shows. */
const PAGE_SIZE = 5;
/** Results shown before the rest of a page of results is fetched: about a screen. */
const FIRST_SCREEN = 3;
/** While the reader types, the rest of a page of results waits for a pause this long: each key would fetch it again. */
const TYPING_PAUSE_MS = 300;
/** Items of a result listed before its "Xem thêm". */
const ITEMS_SHOWN = 4;
const EXCERPT_LENGTH = 280;
/** Values of a filter listed before "Xem cả": the most frequent in the results. */
const FILTER_VALUES_SHOWN = 12;

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(query: string | null, options: { filters: Record<string, string[]> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
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

  let runtime: Promise<Pagefind> | null = null;
  /** Pagefind's script alone (13 kB), which fetches nothing more until started. */
  const loadRuntime = () =>
    (runtime ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
      // In the page's own thread: a worker would cost a second copy of the runtime (43 kB) for searches that take a few milliseconds.
      await pagefind.options({ noWorker: true });
      app.dataset.runtime = 'loaded';
      return pagefind;
    })());
  let engine: Promise<Pagefind> | null = null;
  /** The runtime started: its WebAssembly and the index's metadata, fetched from the first keystroke on, while the reader types on. */
  const loadEngine = () =>
    (engine ??= loadRuntime().then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    }));
  let filtersLoaded: Promise<void> | null = null;
  let allValues: Record<string, Record<string, number>> = {};
  const loadFilters = () =>
    (filtersLoaded ??= loadEngine().then(async (pagefind) => {
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
  /** The searches of the query not yet run (see searchSteps), and the results found but not yet shown, each with the search that found it. */
  let steps: Array<string | null> = [];
  let pending: Array<{ result: PagefindResult; query: string | null }> = [];
  let found = new Set<string>();
  /** Results found to hold no item that has every word and filter value (see showMore). */
  let emptyResults = 0;
  let counts: Record<string, Record<string, number>> = {};

  /** `typing`: run from a keystroke, when a word too short to search may only be the start of one. */
  const run = async ({ typing = false } = {}) => {
    const current = ++generation;
    const started = performance.now();
    const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
    if (typing && isWordBegun(state.query)) {
      void loadEngine();
      list.replaceChildren();
      more.hidden = true;
      status.textContent = `Gõ tiếp để tìm, hoặc nhấn Enter để tìm “${state.query}”.`;
      list.dataset.query = '';
      return;
    }
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
    await loadEngine();
    if (current !== generation) return;
    steps = state.query ? searchSteps(state.query) : [null];
    pending = [];
    found = new Set();
    emptyResults = 0;
    list.replaceChildren();
    delete list.dataset.complete;
    // Each result's words come in a file of their own: the first screen shows once its few have arrived, the rest follow.
    if (!(await showMore(current, FIRST_SCREEN))) return;
    renderFilters();
    renderStatus();
    list.dataset.query = state.query;
    list.dataset.renderedIn = String(Math.round(performance.now() - started));
    if (typing) await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
    if (current !== generation) return;
    // The rest of the page from what the searches run so far found: a wider search waits for “Xem thêm”.
    if ((await showMore(current, PAGE_SIZE - FIRST_SCREEN, false)) && current === generation) {
      renderStatus();
      list.dataset.complete = state.query;
    }
  };

  /** Runs the query's next searches until `size` results wait, or none is left; false once a newer query has begun. */
  const search = async (current: number, size: number) => {
    const pagefind = await loadEngine();
    while (pending.length < size && steps.length > 0) {
      const query = steps.shift()!;
      // Its part of the index first: a search overtaken by a newer key meanwhile is never scored (scoring holds the page's thread).
      await pagefind.preload(query, { filters: state.filters });
      if (current !== generation) return false;
      const response = await pagefind.search(query, { filters: state.filters });
      if (current !== generation) return false;
      const fresh = response.results.filter((result) => !found.has(result.id));
      fresh.forEach((result) => found.add(result.id));
      pending.push(...fresh.map((result) => ({ result, query })));
      // Each search finds what the one before it found, and more: its filter counts are the widest.
      counts = response.filters;
    }
    return true;
  };

  /**
   * Shows `size` more results, searching further while fewer wait (unless `widen` is false: the wider
   * searches then wait for “Xem thêm”). Pagefind matches a result as a whole: one item can hold the
   * filter value and another the words, and then none is shown; the page takes the next one instead.
   */
  const showMore = async (current: number, size = PAGE_SIZE, widen = true) => {
    let shown = 0;
    while (shown < size) {
      if (widen && !(await search(current, size - shown))) return false;
      const batch = pending.splice(0, size - shown);
      if (batch.length === 0) break;
      const data = await Promise.all(batch.map(({ result }) => result.data()));
      if (current !== generation) return false;
      data.forEach((result, index) => {
        const items = itemsToShow(result, state.filters, batch[index]!.query);
        if (items.length === 0) emptyResults++;
        else {
          list.append(resultCard(result, items, state.query));
          shown++;
        }
      });
    }
    more.hidden = pending.length === 0 && steps.length === 0;
    return true;
  };

  const renderStatus = () => {
    const count = found.size - emptyResults;
    status.textContent =
      count === 0 && steps.length === 0
        ? 'Không có kết quả. Thử bỏ bớt bộ lọc hoặc dùng từ khác.'
        : steps.length > 0
          ? `${count} kết quả có cụm “${state.query}”; “Xem thêm” cho cả những chỗ có các từ này rời nhau.`
          : `${count} kết quả${state.query ? ` cho “${state.query}”` : ''}.`;
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
    if (filtersPanel.open && !filtersLoaded) void loadFilters().then(() => run());
  });
  // A tap or click into the box (on a phone, the keyboard is still opening), or Ctrl or ⌘ held to paste: the engine starts while the query is typed or pasted.
  input.addEventListener('pointerdown', () => void loadEngine(), { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Control' || event.key === 'Meta') void loadEngine();
  });
  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    writeState(state, 'replace');
    void run({ typing: true });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value.trim() };
    writeState(state, 'push');
    void run();
  });
  more.addEventListener('click', async () => {
    if (!(await showMore(generation))) return;
    renderFilters();
    renderStatus();
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.query;
    void run();
  });
  await run();
  app.dataset.ready = 'true';
  if (!state.query) input.focus();
  // The runtime's script while the reader looks at the page: the first query then begins with the index.
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadRuntime(), { timeout: 1000 });
  else setTimeout(() => void loadRuntime(), 300);
}

/**
 * A query of one word of one or two letters, while it is typed: it is most
 * likely the start of a longer one, and searched it would read every word
 * beginning so (`s`, `so`: a large part of the index). Enter searches it.
 */
function isWordBegun(query: string): boolean {
  return query.length > 0 && query.length < 3 && !/\s|\d/u.test(query);
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
