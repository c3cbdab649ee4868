import type { Agency, DocumentFacts, Target, Task } from '../../schema/index.ts';
import { byVietnamese } from '../collate.ts';
import { groupBy, groupByEach } from '../group-by.ts';
import { NATIONAL_REGION, UNKNOWN_REGION, regionOfDocument } from '../regions.ts';
import { plansWithoutLeads, type PlanWithoutLeads } from '../lead-gaps.ts';
import { isFollowed } from '../standing.ts';
import type { AgencyData } from './agencies.ts';
import type { DocumentIndex } from './documents.ts';
import type { RecordIndex } from './records.ts';

/** What the site sets side by side by region: a province, `Trung ương` for the national documents, else `Chưa xác định tỉnh`. */
export interface RegionIndex {
  /** Provinces in Vietnamese order, as the documents name them, after `Trung ương` when there are national documents. */
  provinces: string[];
  /** Where a record belongs: its document's region. */
  regionOf: (record: { province: string | null; document: string }) => string;
  documentsByRegion: Map<string, DocumentFacts[]>;
  /** Tasks of a theme (main or second) in a region, in document order, of the documents still followed: key `theme region` (see `themeRegionKey`). */
  tasksByThemeRegion: Map<string, Task[]>;
  targetsByRegion: Map<string, Target[]>;
  /** The region of each agency of a kind: a central body named by a national document is `Trung ương`'s. */
  regionOfAgency: Map<string, string>;
  agenciesByRegion: Map<string, Agency[]>;
  /** The plans of each region that name no lead for most of their tasks, and who their organisation part gives the work to. */
  plansWithoutLeadsByRegion: Map<string, PlanWithoutLeads[]>;
  /** The bodies below the province whose documents a region holds (`Ban Thường vụ Thành ủy Bắc Kạn`), and whether they are all it holds. */
  localIssuersByRegion: Map<string, { issuers: string[]; only: boolean }>;
  /** What the site covers, counted once for every page that says it: provinces (`Trung ương` is none), agencies of a province or of Trung ương. */
  coverage: { provinces: number; national: boolean; agencies: number };
}

/** The coverage as a page says it: `3 tỉnh và Trung ương`. */
export function coverageOfRegions({ provinces, national }: RegionIndex['coverage']): string {
  return `${provinces} tỉnh${national ? ' và Trung ương' : ''}`;
}

export const themeRegionKey = (theme: string, region: string) => `${theme}\u0000${region}`;

export function regionIndex(
  { documents, documentById, followed, order }: DocumentIndex,
  records: RecordIndex & { tasks: Task[]; targets: Target[] },
  agencies: Agency[],
  { agencyById, agencyRecords }: Pick<AgencyData, 'agencyById' | 'agencyRecords'>,
): RegionIndex {
  const regionOf = ({ province, document }: { province: string | null; document: string }) => regionOfDocument({ province, national: documentById.get(document)?.national });
  const regionOfItself = (document: DocumentFacts) => regionOf({ province: document.province, document: document.id });
  // Comparisons set side by side what the provinces' plans in force ask; a replaced plan's pages stay, out of them.
  const followedOnly = <T extends { document: string }>(list: T[]) => list.filter((record) => followed.has(record.document));
  const inDocumentOrder = (a: Task, b: Task) => order.get(a.document)! - order.get(b.document)! || a.source.line - b.source.line;
  const documentsByRegion = groupBy(documents, regionOfItself);
  // An agency of a kind with no province of its own belongs where the documents naming it do, when they agree.
  const regionOfNamer = (id: string) => {
    const named = agencyRecords.get(id);
    const regions = new Set((named ? [...named.led, ...named.supported, ...named.responsibilities] : []).map(regionOf));
    return regions.size === 1 ? [...regions][0]! : UNKNOWN_REGION;
  };
  const members = agencies.filter((agency) => agency.kind !== null);
  const regionOfAgency = new Map(members.map((agency) => [agency.id, agency.province ?? regionOfNamer(agency.id)]));
  const regions = new Set(documents.map(regionOfItself));
  const localIssuersByRegion = new Map(
    [...documentsByRegion].flatMap(([region, list]) => {
      const local = list.filter((document) => document.locality !== null);
      const issuers = [...new Set(local.map((document) => document.issuer ?? document.locality!))];
      return issuers.length > 0 ? [[region, { issuers, only: local.length === list.length }] as const] : [];
    }),
  );
  return {
    localIssuersByRegion,
    coverage: {
      provinces: [...regions].filter((region) => region !== NATIONAL_REGION && region !== UNKNOWN_REGION).length,
      national: regions.has(NATIONAL_REGION),
      agencies: members.length,
    },
    // The national documents first: they are what the provinces' plans implement.
    provinces: [...new Set(documents.map(regionOfItself))].sort(
      (a, b) => Number(b === NATIONAL_REGION) - Number(a === NATIONAL_REGION) || byVietnamese((name: string) => name)(a, b),
    ),
    regionOf,
    documentsByRegion,
    // A task with two themes is counted under each.
    tasksByThemeRegion: groupByEach([...followedOnly(records.tasks)].sort(inDocumentOrder), (task) => task.themes.map((theme) => themeRegionKey(theme, regionOf(task)))),
    targetsByRegion: groupBy(followedOnly(records.targets), regionOf),
    regionOfAgency,
    agenciesByRegion: groupBy(members, (agency) => regionOfAgency.get(agency.id)!),
    plansWithoutLeadsByRegion: new Map(
      [...documentsByRegion].map(([region, list]) => [
        region,
        plansWithoutLeads(list.filter(isFollowed), (document) => records.responsibilitiesByDocument.get(document) ?? [], agencyById),
      ]),
    ),
  };
}
