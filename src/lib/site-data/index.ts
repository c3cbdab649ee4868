import type { Agency, CollectiveGroup, DocumentFacts, OpenDataName, Passage, Reference, RecordOf, Responsibility, Target, Task } from '../../schema/index.ts';
import { agencyData, type AgencyData } from './agencies.ts';
import { documentIndex, type DocumentIndex } from './documents.ts';
import { recordIndex, type RecordIndex } from './records.ts';
import { regionIndex, type RegionIndex } from './regions.ts';
import { itemIndex, type ItemIndex } from './items.ts';

export { coverageOfRegions, themeRegionKey } from './regions.ts';
export { itemRegionKey } from './items.ts';

/** The records of every collection the site publishes (OPEN_DATA of the registry), as stored or as published. */
export type SiteRecords = { [Name in OpenDataName]: Array<RecordOf<Name>> };

/** Every collection and the indexes built on it once, so that no page scans a whole collection. */
export interface SiteData extends DocumentIndex, RecordIndex, AgencyData, RegionIndex, ItemIndex {
  tasks: Task[];
  targets: Target[];
  responsibilities: Responsibility[];
  agencies: Agency[];
  references: Reference[];
  passages: Passage[];
  documents: DocumentFacts[];
}

/** What reviewers wrote that the site reads: the collective groups (data/collective-groups.json), the words of national items (data/national-items.json). */
export interface Reviewed {
  collectiveGroups: CollectiveGroup[];
  itemWords: Record<string, string[]>;
}

/** The collections joined: what the pages and the exports (scripts/export-tables.ts) read. */
export function siteData(records: SiteRecords, { collectiveGroups, itemWords }: Reviewed): SiteData {
  const documents = documentIndex(records.documents, records.references);
  const byDocument = recordIndex(records.tasks, records.targets, records.responsibilities);
  const agencies = agencyData(records.agencies, { ...records, documents: documents.documents }, collectiveGroups);
  const regions = regionIndex(documents, { ...records, ...byDocument }, records.agencies, agencies);
  const items = itemIndex(records.tasks, documents, regions.regionOf, itemWords);
  return { ...records, ...documents, ...byDocument, ...agencies, ...regions, ...items };
}
