import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA, openDataText, type OpenDataName } from '../../schema/index.ts';
import { loadSiteData } from '../../lib/site-data/load.ts';
import { openData } from '../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = () => OPEN_DATA.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const records = openData(await loadSiteData())[params.name as OpenDataName];
  return new Response(openDataText(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
