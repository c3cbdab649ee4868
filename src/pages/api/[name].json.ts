import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/site-data.ts';
import { openData } from '../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = () =>
  ['documents', 'tasks', 'responsibilities', 'targets', 'agencies', 'references', 'passages'].map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const records = openData(await loadSiteData())[params.name!];
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
