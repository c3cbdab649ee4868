import type { APIRoute } from 'astro';
import { loadSiteData } from '../lib/site-data/load.ts';
import { atomXml, feedEntries } from '../lib/atom-feed.ts';
import { urls } from '../lib/urls.ts';

/** The documents, newest or last changed first, as an Atom feed (RFC 4287). */
export const GET: APIRoute = async ({ site }) => {
  const { documents } = await loadSiteData();
  const full = (path: string) => (site ? new URL(path, site).href : path);
  const xml = atomXml({
    title: 'Tra cứu kế hoạch giáo dục: văn bản mới và văn bản sửa đổi',
    self: full(urls.feed()),
    home: full(urls.home()),
    entries: feedEntries(documents, (document) => full(urls.document(document.id))),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
