import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data.ts';
import { foldForMatch } from '../../lib/search-text.ts';

/** Agency names, folded, that the search page reads as phrases (longest first); fetched with the first query. */
export const GET: APIRoute = async () => {
  const { agencies } = await loadSiteData();
  const phrases = [
    ...new Set(
      agencies
        .flatMap((agency) => [agency.name, ...agency.aliases])
        .map((name) => foldForMatch(name).replace(/[,.;:()]/gu, ' ').replace(/\s+/gu, ' ').trim()),
    ),
  ]
    .filter((name) => name.includes(' '))
    .sort((a, b) => b.length - a.length);
  return new Response(JSON.stringify(phrases), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
