import type { Agency, DocumentFacts, Responsibility, Target, Task } from '../schema/index.ts';
import { deadlineKey } from './format.ts';
import { byVietnamese } from './collate.ts';
import { slugify } from './fold-vietnamese.ts';
import { isFollowed } from './standing.ts';

/** What one agency is named in: tasks it leads or supports, responsibilities, targets in those. */
export interface AgencyRecords {
  led: Task[];
  supported: Task[];
  /** Tasks given to a collective group it belongs to (`Các sở, ban, ngành`), that do not name it. */
  collective: Task[];
  /** Its responsibilities under the organisation part that are not also tasks it leads or supports (those are listed once, as tasks). */
  responsibilities: Responsibility[];
  targets: Target[];
  /** Tasks it led or supported in documents no longer followed (replaced, repealed, retired). */
  superseded: Task[];
}

/** The collections an agency index is built from. */
export interface AgencySources {
  documents: DocumentFacts[];
  tasks: Task[];
  responsibilities: Responsibility[];
  targets: Target[];
  /** The collective groups of its province an agency belongs to. */
  groupsOfAgency: Map<string, Agency[]>;
}

/** The built index, and the provincial agencies of each cross-province kind. */
export interface AgencyIndex {
  agencyRecords: Map<string, AgencyRecords>;
  agenciesByKind: Map<string, Agency[]>;
}

/**
 * Records per agency id, tasks ordered by deadline then by place in the
 * document. What documents no longer followed give is apart: their tasks
 * under `superseded`, their responsibilities and targets left out.
 */
export function indexAgencies(site: AgencySources): Map<string, AgencyRecords> {
  const index = new Map<string, AgencyRecords>();
  const entry = (id: string) => {
    let records = index.get(id);
    if (!records) index.set(id, (records = noRecords()));
    return records;
  };
  const followed = new Set(site.documents.filter(isFollowed).map((document) => document.id));
  const current = <T extends { document: string }>(records: T[]) => records.filter((record) => followed.has(record.document));
  for (const task of site.tasks) {
    if (!followed.has(task.document)) {
      new Set([...task.leadIds, ...task.supportIds]).forEach((id) => entry(id).superseded.push(task));
      continue;
    }
    new Set(task.leadIds).forEach((id) => entry(id).led.push(task));
    new Set(task.supportIds).forEach((id) => entry(id).supported.push(task));
  }
  // A duty under an agency's heading is both a task it leads and its responsibility: one item, listed as the task.
  const asTasks = new Map<string, Set<string>>();
  for (const [id, records] of index) asTasks.set(id, new Set([...records.led, ...records.supported].map((task) => `${task.document}#${task.id}`)));
  for (const record of current(site.responsibilities)) {
    new Set(record.agencyIds).forEach((id) => {
      if (!asTasks.get(id)?.has(`${record.document}#${record.id}`)) entry(id).responsibilities.push(record);
    });
  }
  const blockOwners = new Map<string, string[]>();
  const own = (document: string, block: string, id: string) => {
    const key = `${document}#${block}`;
    const owners = blockOwners.get(key);
    if (owners) owners.push(id);
    else blockOwners.set(key, [id]);
  };
  for (const task of site.tasks) task.leadIds.forEach((id) => own(task.document, task.id, id));
  for (const record of site.responsibilities) record.agencyIds.forEach((id) => own(record.document, record.id, id));
  for (const target of current(site.targets)) {
    for (const id of new Set(blockOwners.get(`${target.document}#${target.block}`) ?? [])) entry(id).targets.push(target);
  }
  for (const [id, groups] of site.groupsOfAgency) {
    const own = entry(id);
    const named = new Set([...own.led, ...own.supported]);
    const given = new Set(groups.flatMap((group) => [...(index.get(group.id)?.led ?? []), ...(index.get(group.id)?.supported ?? [])]));
    own.collective = [...given].filter((task) => !named.has(task));
  }
  const order = documentOrder(site);
  for (const records of index.values()) {
    records.led.sort(byDeadline(order));
    records.supported.sort(byDeadline(order));
    records.collective.sort(byDeadline(order));
    records.superseded.sort(byDeadline(order));
  }
  return index;
}

/** Records of a cross-province kind: those of all its provincial agencies. */
export function kindRecords(kind: Agency, site: AgencyIndex): Array<{ agency: Agency; records: AgencyRecords }> {
  return (site.agenciesByKind.get(kind.id) ?? []).map((agency) => ({ agency, records: recordsOf(site, agency.id) }));
}

/** The records of several agencies as one agency's (a kind's, its provinces' together), each record once. */
export function unitedRecords(parts: AgencyRecords[]): AgencyRecords {
  const union = <T>(pick: (records: AgencyRecords) => T[]) => [...new Set(parts.flatMap(pick))];
  return {
    led: union((part) => part.led),
    supported: union((part) => part.supported),
    collective: union((part) => part.collective),
    responsibilities: union((part) => part.responsibilities),
    targets: union((part) => part.targets),
    superseded: union((part) => part.superseded),
  };
}

/** What an agency is named in; nothing for an agency no record names. */
export function recordsOf(site: Pick<AgencyIndex, 'agencyRecords'>, id: string): AgencyRecords {
  return site.agencyRecords.get(id) ?? noRecords();
}

function noRecords(): AgencyRecords {
  return { led: [], supported: [], collective: [], responsibilities: [], targets: [], superseded: [] };
}

function documentOrder(site: Pick<AgencySources, 'documents'>): Map<string, number> {
  return new Map(site.documents.map((document, index) => [document.id, index]));
}

function byDeadline(order: Map<string, number>) {
  return (a: Task, b: Task) =>
    deadlineKey(a.timeframe).localeCompare(deadlineKey(b.timeframe)) ||
    (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) ||
    a.source.line - b.source.line;
}

/** Agencies grouped by type (`sở`, `ủy ban`…), types and names in Vietnamese order. */
export function agencyTypeGroups(agencies: Agency[]): Array<{ label: string; id: string; agencies: Agency[] }> {
  const types = [...new Set(agencies.map((agency) => agency.type))].sort(byVietnamese((type) => type));
  return types.map((type) => ({
    label: type.charAt(0).toUpperCase() + type.slice(1),
    id: `loai-${slugify(type)}`,
    agencies: agencies
      .filter((agency) => agency.type === type)
      .sort((a, b) => byVietnamese<Agency>((agency) => agency.name)(a, b) || byVietnamese<Agency>((agency) => agency.province ?? '')(a, b)),
  }));
}

/** One line of an agency's to-do: a task it leads or supports, a responsibility, a target in those. */
export type AgencyEntry =
  | { group: 'led' | 'supported' | 'collective' | 'superseded'; task: Task }
  | { group: 'responsibilities'; record: Responsibility }
  | { group: 'targets'; target: Target };

/** The groups of an agency page, in order: where each starts on the page, what it is called. */
export const AGENCY_GROUPS = [
  { key: 'led', id: 'chu-tri', heading: 'Nhiệm vụ chủ trì, theo thời hạn', summary: 'chủ trì', unit: 'nhiệm vụ' },
  { key: 'supported', id: 'phoi-hop', heading: 'Nhiệm vụ phối hợp, theo thời hạn', summary: 'phối hợp', unit: 'nhiệm vụ' },
  { key: 'collective', id: 'giao-chung', heading: 'Nhiệm vụ giao chung cho nhóm cơ quan có cơ quan này, theo thời hạn', summary: 'giao chung', unit: 'nhiệm vụ' },
  { key: 'responsibilities', id: 'trach-nhiem', heading: 'Trách nhiệm trong tổ chức thực hiện', summary: '', unit: 'trách nhiệm' },
  { key: 'targets', id: 'chi-tieu', heading: 'Chỉ tiêu trong các nhiệm vụ, trách nhiệm này', summary: '', unit: 'chỉ tiêu liên quan' },
  { key: 'superseded', id: 'da-thay-the', heading: 'Nhiệm vụ trong văn bản đã được thay thế, bãi bỏ hoặc ngừng theo dõi', summary: 'đã thay thế', unit: 'nhiệm vụ' },
] as const;

/**
 * Rows a sheet of an agency's print holds: an agency with more (a very long plan) gets its to-do in several
 * sheets, each a page of its own to print, so that no page outgrows what a browser opens and prints at ease.
 */
export const PRINT_ROWS = 800;

/** An agency's to-do as one list, group after group, for pages cut from it. */
export function agencyEntries(records: AgencyRecords): AgencyEntry[] {
  return [
    ...records.led.map((task) => ({ group: 'led' as const, task })),
    ...records.supported.map((task) => ({ group: 'supported' as const, task })),
    ...records.collective.map((task) => ({ group: 'collective' as const, task })),
    ...records.responsibilities.map((record) => ({ group: 'responsibilities' as const, record })),
    ...records.targets.map((target) => ({ group: 'targets' as const, target })),
    ...records.superseded.map((task) => ({ group: 'superseded' as const, task })),
  ];
}

/**
 * The groups of an agency's to-do on one sheet of its print, each in its
 * place: the rows of it the sheet holds (`start`, its first row's number in
 * the group: past 1, the group goes on from the sheet before), and whether
 * the sheet shows it (an empty group on the sheet where it would stand).
 */
export function printSheetGroups(records: AgencyRecords, sheet: { offset: number; items: unknown[]; total: number; number: number; count: number }) {
  const entries = agencyEntries(records);
  const end = sheet.offset + sheet.items.length;
  let before = 0;
  return AGENCY_GROUPS.map((group) => {
    const first = before;
    const count = records[group.key].length;
    before += count;
    const rows = entries.slice(Math.max(first, sheet.offset), Math.min(first + count, end));
    const here = count === 0 ? (first >= sheet.offset && first < end) || (first === sheet.total && sheet.number === sheet.count) : rows.length > 0;
    return { ...group, count, rows, here, start: Math.max(0, sheet.offset - first) + 1 };
  });
}
