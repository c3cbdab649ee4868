import { element } from './dom.ts';
import { SearchEngine } from './engine.ts';
import { filterGroups } from './filters.ts';
import { PAGE_SIZE, ResultPages } from './results.ts';
import { hasFilters, isWordBegun, readState, withProvinces, writeState, type State } from './state.ts';

/** Results shown before the rest of a page of results is fetched: about a screen. */
const FIRST_SCREEN = 3;
/** While the reader types, the rest of a page of results waits for a pause this long: each key would fetch it again. */
const TYPING_PAUSE_MS = 300;

/** The elements of the search page (src/pages/tim-kiem/index.astro). */
interface View {
  app: HTMLElement;
  input: HTMLInputElement;
  form: HTMLFormElement;
  status: HTMLElement;
  filtersBox: HTMLElement;
  filtersPanel: HTMLDetailsElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/**
 * The search page: the whole state lives in the URL (`?q=…&tinh=…`), so a
 * link pasted into a bulletin reopens the same results. Every text from the
 * index reaches the page as DOM text, never as HTML.
 *
 * The engine starts while the reader looks at the page (page-start.js), or
 * with the page for a link with a query; the filters' data (which grows with
 * the corpus) only once the reader opens the filters or arrives with one
 * set. If the engine cannot start, the page says so and its form submits as
 * a plain link (`/tim-kiem/?q=…`), a new try.
 */
export async function startSearchPage(): Promise<void> {
  const app = document.querySelector<HTMLElement>('[data-search-app]')!;
  const view: View = {
    app,
    input: app.querySelector<HTMLInputElement>('#search-query')!,
    form: app.querySelector<HTMLFormElement>('form')!,
    status: app.querySelector<HTMLElement>('[data-search-status]')!,
    filtersBox: app.querySelector<HTMLElement>('[data-search-filters]')!,
    filtersPanel: app.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!,
    list: app.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: app.querySelector<HTMLButtonElement>('[data-search-more]')!,
  };
  app.hidden = false;
  const page = new SearchPage(view);
  page.listen();
  await page.run();
  app.dataset.ready = 'true';
  if (!view.input.value) view.input.focus();
}

class SearchPage {
  readonly engine: SearchEngine;
  private readonly results: ResultPages;
  private state: State = readState();
  /** Each run's number: a run overtaken by a newer one stops. */
  private generation = 0;

  constructor(private readonly view: View) {
    this.engine = new SearchEngine();
    this.results = new ResultPages(this.engine, view.list, view.more);
    view.input.value = this.state.query;
    // Arriving with filters set (a link from a bulletin), the reader sees them, except on a phone where they would push the results down.
    if (Object.keys(this.state.filters).length > 0 && !window.matchMedia('(max-width: 900px)').matches) view.filtersPanel.open = true;
  }

  /** `typing`: run from a keystroke, when a word too short to search may only be the start of one. */
  async run({ typing = false } = {}): Promise<void> {
    const current = ++this.generation;
    const isCurrent = () => current === this.generation;
    const started = performance.now();
    const { list, status, filtersPanel } = this.view;
    if (typing && isWordBegun(this.state.query)) {
      void this.engine.start();
      this.results.clear();
      status.textContent = `Gõ tiếp để tìm, hoặc nhấn Enter để tìm “${this.state.query}”.`;
      list.dataset.query = '';
      return;
    }
    if (!this.state.query && !hasFilters(this.state)) {
      this.results.clear();
      status.textContent = 'Gõ từ cần tìm: tên cơ quan, nội dung nhiệm vụ, số hiệu văn bản…';
      this.results.counts = {};
      this.results.shown = {};
      this.renderFilters();
      list.dataset.query = '';
      return;
    }
    try {
      if (hasFilters(this.state) || filtersPanel.open) await this.engine.loadFilters();
      if (hasFilters(this.state)) this.expandAgencyFilters();
      await this.engine.start();
    } catch {
      this.results.clear();
      status.textContent = 'Không tải được bộ tìm kiếm. Nhấn “Tìm” để tải lại trang và thử lại.';
      return;
    }
    if (!isCurrent()) return;
    this.results.begin(this.state);
    delete list.dataset.complete;
    // Each result's words come in a file of their own: the first screen shows once its few have arrived, the rest follow.
    if (!(await this.results.showMore(isCurrent, FIRST_SCREEN))) return;
    this.renderFilters();
    status.textContent = this.results.status();
    list.dataset.query = this.state.query;
    list.dataset.renderedIn = String(Math.round(performance.now() - started));
    // Since the page was asked for: a link's time to its results (the benchmark reads it).
    list.dataset.shownAt = String(Math.round(performance.now()));
    if (typing) await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
    if (!isCurrent()) return;
    // The rest of the page from what the searches run so far found: a wider search waits for “Xem thêm”.
    if ((await this.results.showMore(isCurrent, PAGE_SIZE - FIRST_SCREEN, false)) && isCurrent()) {
      this.renderFilters();
      status.textContent = this.results.status();
      list.dataset.complete = this.state.query;
    }
  }

  listen(): void {
    const { input, form, more, filtersPanel } = this.view;
    filtersPanel.addEventListener('toggle', () => {
      if (filtersPanel.open && !this.engine.filtersLoading) void this.engine.loadFilters().then(() => this.run());
    });
    // A tap or click into the box (on a phone, the keyboard is still opening), or Ctrl or ⌘ held to paste: the engine starts while the query is typed or pasted.
    input.addEventListener('pointerdown', () => void this.engine.start(), { once: true });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Control' || event.key === 'Meta') void this.engine.start();
    });
    input.addEventListener('input', () => this.update({ ...this.state, query: input.value.trim() }, 'replace', { typing: true }));
    form.addEventListener('submit', (event) => {
      // The engine could not start: the form goes as a plain link, a new try.
      if (document.documentElement.dataset.searchEngine === 'failed') return;
      event.preventDefault();
      this.update({ ...this.state, query: input.value.trim() }, 'push');
    });
    more.addEventListener('click', async () => {
      const current = this.generation;
      if (!(await this.results.showMore(() => current === this.generation))) return;
      this.renderFilters();
      this.view.status.textContent = this.results.status();
    });
    window.addEventListener('popstate', () => {
      this.state = readState();
      input.value = this.state.query;
      void this.run();
    });
  }

  private update(state: State, mode: 'push' | 'replace', options: { typing?: boolean } = {}): void {
    this.state = state;
    writeState(state, mode);
    void this.run(options);
  }

  private readonly choose = (key: string, value: string, checked: boolean) => {
    const chosen = new Set(this.state.filters[key] ?? []);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    this.update({ ...this.state, filters: { ...this.state.filters, [key]: [...chosen] } }, 'push');
  };

  /** A link that names an agency without its province means every office of that name. */
  private expandAgencyFilters(): void {
    const expanded = withProvinces(this.state.filters, this.engine.allValues);
    if (JSON.stringify(expanded) === JSON.stringify(this.state.filters)) return;
    this.state = { ...this.state, filters: expanded };
    writeState(this.state, 'replace');
  }

  private renderFilters(): void {
    const { filtersBox, filtersPanel } = this.view;
    const groups = filterGroups(this.state, this.results.counts, this.results.shown, this.choose);
    // The counts are of the items on the page; more results to show may hold more.
    const note = groups.length > 0 && (this.state.query || hasFilters(this.state)) ? [element('p', 'muted filter-note', this.results.complete ? 'Số trong ngoặc: số mục đang hiện có giá trị đó.' : 'Số trong ngoặc: số mục đang hiện có giá trị đó; “Xem thêm” để thấy cả các kết quả còn lại.')] : [];
    filtersBox.replaceChildren(...note, ...groups);
    if (filtersPanel.open && Object.keys(this.results.counts).length === 0 && (this.state.query || Object.keys(this.state.filters).length > 0)) {
      filtersBox.append(element('p', 'muted', 'Đang tải bộ lọc…'));
    }
  }
}
