import { getCollection } from 'astro:content';
import type { Agency, DocumentFacts, Passage, Reference, Responsibility, Target, Task } from '../schema/index.ts';
import { byVietnamese } from './collate.ts';
import { groupBy, groupByEach } from './group-by.ts';
import { NATIONAL_REGION, UNKNOWN_REGION, regionOfDocument } from './regions.ts';
import { collectiveGroupsOf } from './collective-groups.ts';
import { CollectiveGroupsSchema } from '../schema/index.ts';
import collectiveGroupsJson from '../../data/collective-groups.json';
import { indexAgencies, type AgencyRecords } from './agency-index.ts';
import { plansWithoutLeads, type PlanWithoutLeads } from './lead-gaps.ts';
import { isFollowed } from './standing.ts';

export interface SiteData {
  documents: DocumentFacts[];
  tasks: Task[];
  targets: Target[];
  responsibilities: Responsibility[];
  agencies: Agency[];
  references: Reference[];
  passages: Passage[];
  documentById: Map<string, DocumentFacts>;
  agencyById: Map<string, Agency>;
  referenceByNumber: Map<string, Reference>;
  /** Provinces in Vietnamese order, as the documents name them, after `Trung ương` (the national documents) when there are any. */
  provinces: string[];
  /** Where a record belongs: its province, `Trung ương` for a national document, else `Chưa xác định tỉnh`. */
  regionOf: (record: { province: string | null; document: string }) => string;
  /** Indexes built once, so that no page scans a whole collection. */
  documentsByRegion: Map<string, DocumentFacts[]>;
  tasksByDocument: Map<string, Task[]>;
  targetsByDocument: Map<string, Target[]>;
  responsibilitiesByDocument: Map<string, Responsibility[]>;
  /** Tasks of a theme (main or second) in a region, in document order, of the documents still followed: key `theme region` (see `themeRegionKey`). */
  tasksByThemeRegion: Map<string, Task[]>;
  targetsByRegion: Map<string, Target[]>;
  agencyRecords: Map<string, AgencyRecords>;
  /** Provincial agencies of each cross-province kind. */
  agenciesByKind: Map<string, Agency[]>;
  /** Documents that say they implement a number (`43-KH/TU`). */
  implementersByNumber: Map<string, DocumentFacts[]>;
  /** The collective groups of its province an agency belongs to (`Các sở, ban, ngành` for a sở). */
  groupsOfAgency: Map<string, Agency[]>;
  /** The region of each agency (not of the cross-province kinds): a central body named by a national document is `Trung ương`'s. */
  regionOfAgency: Map<string, string>;
  agenciesByRegion: Map<string, Agency[]>;
  /** The plans of each region that name no lead for most of their tasks, and who their organisation part gives the work to. */
  plansWithoutLeadsByRegion: Map<string, PlanWithoutLeads[]>;
}

export const themeRegionKey = (theme: string, region: string) => `${theme}\u0000${region}`;

/** The region of an agency no province is written for: that of the documents naming it, when they agree. */
function regionOfNamer(id: string, site: Pick<SiteData, 'agencyRecords' | 'regionOf'>): string {
  const records = site.agencyRecords.get(id);
  const named = records ? [...records.led, ...records.supported, ...records.responsibilities] : [];
  const regions = new Set(named.map((record) => site.regionOf(record)));
  return regions.size === 1 ? [...regions][0]! : UNKNOWN_REGION;
}


let cached: Promise<SiteData> | null = null;

/** Every collection, loaded once per build and indexed for the pages. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [documents, tasks, targets, responsibilities, agencies, references, passages] = await Promise.all([
    getCollection('documents'),
    getCollection('tasks'),
    getCollection('targets'),
    getCollection('responsibilities'),
    getCollection('agencies'),
    getCollection('references'),
    getCollection('passages'),
  ]);
  const documentData = documents.map((entry) => entry.data).sort(byVietnamese((document) => `${document.province} ${document.title}`));
  const documentById = new Map(documentData.map((document) => [document.id, document]));
  const regionOf = ({ province, document }: { province: string | null; document: string }) =>
    regionOfDocument({ province, national: documentById.get(document)?.national });
  const order = new Map(documentData.map((document, index) => [document.id, index]));
  // Comparisons set side by side what the provinces' plans in force ask; a replaced plan's pages stay, out of them.
  const followed = new Set(documentData.filter(isFollowed).map((document) => document.id));
  const followedOnly = <T extends { document: string }>(records: T[]) => records.filter((record) => followed.has(record.document));
  const inDocumentOrder = (a: Task, b: Task) => order.get(a.document)! - order.get(b.document)! || a.source.line - b.source.line;
  const taskData = tasks.map((entry) => entry.data);
  const targetData = targets.map((entry) => entry.data);
  const responsibilityData = responsibilities.map((entry) => entry.data);
  const agencyData = agencies.map((entry) => entry.data);
  const base = {
    documents: documentData,
    tasks: taskData,
    targets: targetData,
    responsibilities: responsibilityData,
    agencies: agencyData,
    references: references.map((entry) => entry.data),
    passages: passages.map((entry) => entry.data),
    documentById,
    agencyById: new Map(agencyData.map((agency) => [agency.id, agency])),
    referenceByNumber: new Map(references.map((entry) => [entry.data.number, entry.data])),
    // The national documents first: they are what the provinces' plans implement.
    provinces: [...new Set(documentData.map((document) => regionOf({ province: document.province, document: document.id })))].sort(
      (a, b) => Number(b === NATIONAL_REGION) - Number(a === NATIONAL_REGION) || byVietnamese((name: string) => name)(a, b),
    ),
    regionOf,
    documentsByRegion: groupBy(documentData, (document) => regionOf({ province: document.province, document: document.id })),
    tasksByDocument: groupBy(taskData, (task) => task.document),
    targetsByDocument: groupBy(targetData, (target) => target.document),
    responsibilitiesByDocument: groupBy(responsibilityData, (record) => record.document),
    // A task with two themes is counted under each.
    tasksByThemeRegion: groupByEach([...followedOnly(taskData)].sort(inDocumentOrder), (task) => task.themes.map((theme) => themeRegionKey(theme, regionOf(task)))),
    targetsByRegion: groupBy(followedOnly(targetData), (target) => regionOf(target)),
    agenciesByKind: groupBy(
      agencyData.filter((agency) => agency.kind !== null),
      (agency) => agency.kind!,
    ),
    agencyRecords: new Map<string, AgencyRecords>(),
    groupsOfAgency: collectiveGroupsOf(agencyData, CollectiveGroupsSchema.parse(collectiveGroupsJson)),
    implementersByNumber: new Map(
      [...groupBy(documentData.flatMap((document) => document.implements.map((number) => ({ number, document }))), (entry) => entry.number)].map(
        ([number, entries]) => [number, entries.map((entry) => entry.document)],
      ),
    ),
  };
  base.agencyRecords = indexAgencies(base);
  const members = agencyData.filter((agency) => agency.kind !== null);
  const regionOfAgency = new Map(members.map((agency) => [agency.id, agency.province ?? regionOfNamer(agency.id, base)]));
  return {
    ...base,
    regionOfAgency,
    agenciesByRegion: groupBy(members, (agency) => regionOfAgency.get(agency.id)!),
    plansWithoutLeadsByRegion: new Map(
      [...base.documentsByRegion].map(([region, documents]) => [
        region,
        plansWithoutLeads(documents.filter(isFollowed), (document) => base.responsibilitiesByDocument.get(document) ?? [], base.agencyById),
      ]),
    ),
  };
}
