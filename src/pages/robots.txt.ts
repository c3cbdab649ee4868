import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

/** Every page may be indexed; the sitemap is named where the site's address is known (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
