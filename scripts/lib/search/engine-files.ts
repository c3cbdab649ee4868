import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_PAGE_PATH } from '../../../src/schema/collections.ts';

/** What Pagefind's pagefind-entry.json says of each language's index. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** The page-start script of the search page, which reads the names (public/scripts/page-start.js). */
const PAGE_START_TAG = /<script\b[^>]*\bdata-search-page\b[^>]*>/u;
const FILES_ATTRIBUTE = /\sdata-search-files="[^"]*"/u;

/**
 * The files Pagefind's start fetches once it has read its entry file, for a page in `language`: the index's
 * metadata and the WebAssembly, chosen as Pagefind chooses (the language, else its first part, else the
 * language with the most pages).
 */
export function engineFiles(entry: PagefindEntry, language: string): string[] {
  const languages = entry.languages;
  const index =
    languages[language] ?? languages[language.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) throw new Error('the search index has no language');
  return [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`];
}

/** The search page with the names of its engine's files on its page-start script, so a link with a query can fetch them at once. */
export function nameEngineFiles(html: string, entry: PagefindEntry): string {
  const language = /<html\b[^>]*\blang="([^"]+)"/u.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
  const tag = PAGE_START_TAG.exec(html)?.[0];
  if (!tag) throw new Error('the search page has no page-start script marked data-search-page');
  const named = `${tag.replace(FILES_ATTRIBUTE, '').slice(0, -1)} data-search-files="${engineFiles(entry, language).join(' ')}">`;
  return html.replace(tag, named);
}

/** Names the engine's files on the search page of a built site, once the index is written to `dist/pagefind/`. */
export function nameEngineFilesInSite(dist: string): void {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const page = join(dist, SEARCH_PAGE_PATH, 'index.html');
  writeFileSync(page, nameEngineFiles(readFileSync(page, 'utf8'), entry));
}
