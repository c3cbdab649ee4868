import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Document, Element } from 'domhandler';

/** One built HTML page, parsed. */
export interface SitePage {
  /** Path relative to dist/, with `/` separators. */
  file: string;
  /** Site path it is served at, without the base: `/cao-bang-…/`. */
  path: string;
  dom: Document;
  ids: Set<string>;
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
      return { file, path, dom, ids };
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
