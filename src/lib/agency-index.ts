import type { Agency, DocumentFacts, Responsibility, Target, Task } from '../schema/index.ts';
import { deadlineKey } from './format.ts';
import { byVietnamese } from './collate.ts';
import { slugify } from './fold-vietnamese.ts';
import { isFollowed } from './standing.ts';
import { groupBy } from './group-by.ts';

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
 * Rows a sheet of an agency's print holds: an agency with more gets its to-do in several sheets, by
 * document, each a page of its own to print, so that no page outgrows 200 kB (a row is 0.6–0.9 kB).
 */
export const PRINT_ROWS = 200;

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

/** One sheet of an agency's print: the documents whose rows it holds, and those rows as the agency's records. */
export interface PrintSheet {
  number: number;
  count: number;
  /** Ids of the documents on this sheet, in the site's order; a document with more rows than a sheet goes on over several. */
  documents: string[];
  records: AgencyRecords;
}

/**
 * An agency's print, cut into sheets when its to-do is longer than one
 * holds: by document, documents in the site's order (`order`), as many whole
 * documents on a sheet as fit, a longer one over sheets of its own.
 */
export function printSheets(records: AgencyRecords, order: Map<string, number>, rows = PRINT_ROWS): PrintSheet[] {
  const entries = agencyEntries(records);
  const documentOf = (entry: AgencyEntry) => ('task' in entry ? entry.task : 'record' in entry ? entry.record : entry.target).document;
  if (entries.length <= rows) return [{ number: 1, count: 1, documents: [...new Set(entries.map(documentOf))], records }];
  const chunks: AgencyEntry[][] = [];
  let current: AgencyEntry[] = [];
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  const byDocument = [...groupBy(entries, documentOf)].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const [, own] of byDocument) {
    if (current.length + own.length > rows) flush();
    for (let start = 0; start < own.length; start += rows) {
      if (start > 0) flush();
      current.push(...own.slice(start, start + rows));
    }
  }
  flush();
  return chunks.map((chunk, index) => ({
    number: index + 1,
    count: chunks.length,
    documents: [...new Set(chunk.map(documentOf))],
    records: recordsOfEntries(chunk),
  }));
}

/** Entries of an agency's to-do back as its records, group by group. */
function recordsOfEntries(entries: AgencyEntry[]): AgencyRecords {
  const tasks = (group: AgencyEntry['group']) => entries.flatMap((entry) => (entry.group === group && 'task' in entry ? [entry.task] : []));
  return {
    led: tasks('led'),
    supported: tasks('supported'),
    collective: tasks('collective'),
    responsibilities: entries.flatMap((entry) => (entry.group === 'responsibilities' ? [entry.record] : [])),
    targets: entries.flatMap((entry) => (entry.group === 'targets' ? [entry.target] : [])),
    superseded: tasks('superseded'),
  };
}

/** The groups of an agency's to-do as a print shows them, in order, each with its rows (an empty one too). */
export function printGroups(records: AgencyRecords) {
  const entries = agencyEntries(records);
  let before = 0;
  return AGENCY_GROUPS.map((group) => {
    const count = records[group.key].length;
    const rows = entries.slice(before, before + count);
    before += count;
    return { ...group, count, rows };
  });
}
