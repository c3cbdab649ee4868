import { readdirSync } from 'node:fs';
import { OPEN_DATA, type OpenData } from '../../src/schema/index.ts';
import { join, relative, sep } from 'node:path';

/**
 * Every URL a built site publishes, without its base: each page, each
 * element a record of the data contract points to, each open-data file.
 * These are the links bulletins may hold.
 */
export function publishedUrls(dist: string, base: string, data: OpenData): string[] {
  const urls = new Set<string>();
  const strip = (url: string) => `/${url.slice(base.length)}`;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (file === '404.html' || file.startsWith('pagefind/') || file.startsWith('_astro/')) continue;
    if (file.endsWith('index.html')) urls.add(`/${file.slice(0, -'index.html'.length)}`);
    else if (file.startsWith('api/') && file.endsWith('.json')) urls.add(`/${file}`);
  }
  for (const name of OPEN_DATA) {
    for (const record of data[name]) {
      urls.add(strip(record.url));
      if (record.permalink) urls.add(strip(record.permalink));
      // The tombstone of an item an amendment removed keeps its anchor.
      if ('removed' in record) for (const item of record.removed) urls.add(`/${record.id}/#${item.id}`);
    }
  }
  return [...urls].sort();
}

/** `/page/` or `/page/#fragment` → its parts. */
export function splitUrl(url: string): { path: string; fragment: string | null } {
  const at = url.indexOf('#');
  return at === -1 ? { path: url, fragment: null } : { path: url.slice(0, at), fragment: url.slice(at + 1) };
}
