import { getCollection } from 'astro:content';
import { CollectiveGroupsSchema, NationalItemsSchema, OPEN_DATA } from '../../schema/index.ts';
import collectiveGroupsJson from '../../../data/collective-groups.json';
import nationalItemsJson from '../../../data/national-items.json';
import { siteData, type SiteData, type SiteRecords } from './index.ts';

let cached: Promise<SiteData> | null = null;

/** Every collection the site publishes, loaded once per build and indexed for the pages. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const loaded = await Promise.all(OPEN_DATA.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.data)] as const));
  const reviewed = { collectiveGroups: CollectiveGroupsSchema.parse(collectiveGroupsJson), itemWords: NationalItemsSchema.parse(nationalItemsJson).items };
  return siteData(Object.fromEntries(loaded) as SiteRecords, reviewed);
}
