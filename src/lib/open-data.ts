import { OPEN_DATA, openRecords, type OpenData, type OpenDataName, type RecordOf } from '../schema/index.ts';
import type { SiteData } from './site-data/index.ts';
import { withBase } from './urls.ts';

/**
 * The open-data exports of DESIGN.md's data contract: the stored records
 * plus a site-relative `url` that resolves to an element with that id (and a
 * task's `permalink`), as the collection registry defines them.
 */
export function openData(site: SiteData): OpenData {
  const open = <Name extends OpenDataName>(name: Name) => openRecords(name, site[name] as Array<RecordOf<Name>>, withBase);
  return Object.fromEntries(OPEN_DATA.map((name) => [name, open(name)])) as OpenData;
}
