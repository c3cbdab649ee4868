import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { elements, landingOf, readSitePages, type SitePage } from './site-pages.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Every internal link and fragment of a built site, checked against the
 * files and element ids it points to. `base` is the sub-path the site was
 * built for (`/` or `/kb/`); a link outside it is broken. `siteUrl`, the
 * site's full address when it was built with one, makes a full address of
 * the site itself (a canonical link) a link to check like any other.
 */
export function checkLinks(dist: string, base = '/', pages: SitePage[] = readSitePages(dist), siteUrl?: string): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const links = elements(page, (element) => ['a', 'link', 'script', 'img', 'form', 'iframe', 'source'].includes(element.name));
    for (const element of links) {
      const written = element.attribs.href ?? element.attribs.src ?? element.attribs.action;
      if (written === undefined || /^(?:mailto|tel):/u.test(written)) continue;
      const target = siteUrl && written.startsWith(siteUrl) ? base + written.slice(siteUrl.length) : written;
      const url = new URL(target, `http://site${base}${page.path.slice(1)}`);
      if (url.host !== 'site') {
        broken.push({ page: page.file, href: target, reason: 'points to another origin' });
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: page.file, href: target, reason: `outside the base ${base}` });
        continue;
      }
      const sitePath = `/${url.pathname.slice(base.length)}`;
      const file = join(dist, decodeURIComponent(sitePath));
      const exists = existsSync(file) && (!statSync(file).isDirectory() || existsSync(join(file, 'index.html')));
      if (!exists) {
        broken.push({ page: page.file, href: target, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment) {
        const targetPage = byPath.get(sitePath.endsWith('/') ? sitePath : `${sitePath}`);
        if (targetPage && !answers(targetPage, fragment, byPath, base)) broken.push({ page: page.file, href: target, reason: `no element with id ${fragment}` });
      }
    }
  }
  return broken;
}

/** Whether a page answers a fragment: it has the id, or it is a long document's own page that sends the id on to a page that has it. */
export function answers(page: SitePage, fragment: string, byPath: Map<string, SitePage>, base = '/'): boolean {
  const landing = landingOf(page, fragment);
  if (!landing) return false;
  if (!landing.forwarded) return true;
  return byPath.get(`/${landing.path.slice(base.length)}`)?.ids.has(fragment) ?? false;
}
