import { recordPaths, SEARCH_PAGE_PATH, type OpenDataName } from '../schema/collections.ts';
import type { DocumentFacts } from '../schema/index.ts';
import { pageOfId } from './document-pages.ts';

/**
 * Site-relative URLs that honour the configured base (`/` or an intranet
 * sub-path such as `/kb/`). Every internal link goes through here.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/u, '/');

export function withBase(path: string): string {
  return BASE + path.replace(/^\//u, '');
}

export const urls = {
  home: () => withBase('/'),
  /** A document's address, and an element's by its id: what bulletins cite (a long document's own page sends it on). */
  document: (slug: string, anchor?: string) => withBase(recordPaths.document(slug, anchor)),
  /** The page an element of a document is on: its own page, or the page of a long document that holds the id. */
  at: (document: Pick<DocumentFacts, 'id' | 'pages'>, anchor?: string) => {
    const page = anchor && document.pages ? pageOfId(document.pages, anchor) : null;
    return withBase(page ? recordPaths.part(document.id, page.key, anchor) : recordPaths.document(document.id, anchor));
  },
  /** A page of a long document. */
  part: (document: string, key: string) => withBase(recordPaths.part(document, key)),
  version: (document: string, version: string, anchor?: string) => withBase(recordPaths.version(document, version, anchor)),
  task: (document: string, id: string) => withBase(recordPaths.task(document, id)),
  agency: (id: string) => withBase(recordPaths.agency(id)),
  /** An agency's whole to-do on one page, for print. */
  agencyPrint: (id: string) => withBase(`${recordPaths.agency(id)}in/`),
  agencies: () => withBase('/co-quan/'),
  /** What a person checked and corrected of each document's reading, and where the reader doubted: for editors. */
  review: (document?: string) => withBase(document ? `/soat-xet/${document}/` : '/soat-xet/'),
  /** The comparison by national item: the matrix, or one item's page. */
  items: () => withBase('/theo-muc/'),
  item: (document: string, id: string) => withBase(recordPaths.nationalItem(document, id)),
  /** Every task of one province taking up a national item, page by page. */
  itemRegion: (document: string, id: string, region: string) => withBase(`${recordPaths.nationalItem(document, id)}${region}/`),
  compare: (theme?: string, region?: string) => withBase(theme ? `/so-sanh/${theme}/${region ? `${region}/` : ''}` : '/so-sanh/'),
  targets: (region?: string) => withBase(region ? `/chi-tieu/${region}/` : '/chi-tieu/'),
  /** The target matrix of one horizon after the first. */
  targetsIn: (year: number) => withBase(`/chi-tieu/nam-${year}/`),
  /** A province (or `Trung ương`) and its documents; `region` is the slug of its name. */
  region: (region: string) => withBase(`/tinh/${region}/`),
  regionAgencies: (region: string) => withBase(`/tinh/${region}/co-quan/`),
  reference: (id: string) => withBase(recordPaths.reference(id)),
  references: () => withBase('/van-ban/'),
  /** The search page, with a query and filters set (`{ tinh: 'Bắc Kạn' }`). */
  search: (query?: string, filters: Record<string, string> = {}) => {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
    return withBase(SEARCH_PAGE_PATH) + (params.size > 0 ? `?${params}` : '');
  },
  api: (name: OpenDataName) => withBase(`/api/${name}.json`),
  /** Atom feed of documents added or changed. */
  feed: () => withBase('/atom.xml'),
  /** A table or calendar of the exports: `exportPaths.x(…)` plus its extension. */
  download: (path: string, extension: 'csv' | 'xlsx' | 'ics') => withBase(`/${path}.${extension}`),
  /** A link-preview image: `previewPaths.x(…)`. */
  preview: (path: string) => withBase(`/${path}.png`),
};
