import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import type { DocumentPageIndex } from '../../src/schema/index.ts';
import { pageOfId } from '../../src/lib/document-pages.ts';

/** The element a long document's own page names its pages in (components/DocumentPages.astro). */
const FORWARDING_ID = 'cac-trang-van-ban';

/** One built HTML page, parsed. */
export interface SitePage {
  /** Path relative to dist/, with `/` separators. */
  file: string;
  /** Site path it is served at, without the base: `/cao-bang-…/`. */
  path: string;
  dom: Document;
  ids: Set<string>;
  /** On a long document's own page: its other pages (paths with the base) and the ids each holds, for the script that sends an id's address on. */
  forwards: Array<DocumentPageIndex & { path: string }> | null;
}

/** Every HTML page of a built site. */
export function readSitePages(dist: string): SitePage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
      const dom = parseDocument(readFileSync(join(dist, file), 'utf8'));
      const ids = new Set(DomUtils.findAll((element) => element.attribs.id !== undefined, dom.children).map((element) => element.attribs.id!));
      const path = `/${file.replace(/(?:^|\/)index\.html$/u, '/').replace(/^\/+/u, '')}`.replace(/\/+/gu, '/');
      const data = ids.has(FORWARDING_ID) ? DomUtils.findOne((element) => element.attribs.id === FORWARDING_ID, dom.children) : null;
      const forwards = data ? (JSON.parse(DomUtils.textContent(data)) as Array<DocumentPageIndex & { path: string }>) : null;
      return { file, path, dom, ids, forwards };
    });
}

export function elements(page: SitePage, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, page.dom.children);
}

/** Elements under one element. */
export function elementsIn(parent: Element, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, parent.children);
}

export { DomUtils };

/**
 * The page an address with a fragment lands on: the page itself when it has
 * the id, else, on a long document's own page, the page its script sends the
 * id to (`path` with the base, as the page wrote it); null when neither.
 */
export function landingOf(page: SitePage, fragment: string): { path: string; forwarded: boolean } | null {
  if (page.ids.has(fragment)) return { path: page.path, forwarded: false };
  const to = page.forwards && pageOfId(page.forwards, fragment);
  return to ? { path: to.path, forwarded: true } : null;
}
