import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';

export const projectDir = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(projectDir, 'dist');

let pages: SitePage[] | null = null;
/** Every built page, parsed once per test file. */
export function sitePages(): SitePage[] {
  pages ??= readSitePages(dist);
  return pages;
}

export function page(path: string): SitePage {
  const found = sitePages().find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
}

export function api<T = Record<string, unknown>>(name: string): T[] {
  return JSON.parse(readFileSync(join(dist, 'api', `${name}.json`), 'utf8')) as T[];
}
