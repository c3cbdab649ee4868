import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import type { OpenData, OpenDataName } from '../../src/schema/index.ts';

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

/** An open-data file of the build, read back through its schema. */
export function api<Name extends OpenDataName>(name: Name): OpenData[Name] {
  return readOpenRecords(dist, name);
}
