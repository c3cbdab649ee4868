import type { Agency, CollectiveGroup, DocumentFacts, OpenDataName, Passage, Reference, RecordOf, Responsibility, Target, Task } from '../../schema/index.ts';
import { agencyData, type AgencyData } from './agencies.ts';
import { documentIndex, type DocumentIndex } from './documents.ts';
import { recordIndex, type RecordIndex } from './records.ts';
import { regionIndex, type RegionIndex } from './regions.ts';

export { themeRegionKey } from './regions.ts';

/** The records of every collection the site publishes (OPEN_DATA of the registry), as stored or as published. */
export type SiteRecords = { [Name in OpenDataName]: Array<RecordOf<Name>> };

/** Every collection and the indexes built on it once, so that no page scans a whole collection. */
export interface SiteData extends DocumentIndex, RecordIndex, AgencyData, RegionIndex {
  tasks: Task[];
  targets: Target[];
  responsibilities: Responsibility[];
  agencies: Agency[];
  references: Reference[];
  passages: Passage[];
  documents: DocumentFacts[];
}

/** The collections joined: what the pages and the exports (scripts/export-tables.ts) read. */
export function siteData(records: SiteRecords, collectiveGroups: CollectiveGroup[]): SiteData {
  const documents = documentIndex(records.documents, records.references);
  const byDocument = recordIndex(records.tasks, records.targets, records.responsibilities);
  const agencies = agencyData(records.agencies, { ...records, documents: documents.documents }, collectiveGroups);
  const regions = regionIndex(documents, { ...records, ...byDocument }, records.agencies, agencies);
  return { ...records, ...documents, ...byDocument, ...agencies, ...regions };
}
