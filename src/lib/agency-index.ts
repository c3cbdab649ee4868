import type { Agency, Responsibility, Target, Task } from '../schema/index.ts';
import type { SiteData } from './site-data.ts';
import { deadlineKey } from './format.ts';

/** What one agency is named in: tasks it leads or supports, responsibilities, targets in those. */
export interface AgencyRecords {
  led: Task[];
  supported: Task[];
  responsibilities: Responsibility[];
  targets: Target[];
}

/** Records per agency id, tasks ordered by deadline then by place in the document. */
export function indexAgencies(site: SiteData): Map<string, AgencyRecords> {
  const index = new Map<string, AgencyRecords>();
  const entry = (id: string) => {
    let records = index.get(id);
    if (!records) index.set(id, (records = { led: [], supported: [], responsibilities: [], targets: [] }));
    return records;
  };
  for (const task of site.tasks) {
    new Set(task.leadIds).forEach((id) => entry(id).led.push(task));
    new Set(task.supportIds).forEach((id) => entry(id).supported.push(task));
  }
  for (const record of site.responsibilities) entry(record.agencyId).responsibilities.push(record);
  const blockOwners = new Map<string, string[]>();
  const own = (document: string, block: string, id: string) =>
    blockOwners.set(`${document}#${block}`, [...(blockOwners.get(`${document}#${block}`) ?? []), id]);
  for (const task of site.tasks) task.leadIds.forEach((id) => own(task.document, task.id, id));
  for (const record of site.responsibilities) own(record.document, record.id, record.agencyId);
  for (const target of site.targets) {
    for (const id of new Set(blockOwners.get(`${target.document}#${target.block}`) ?? [])) entry(id).targets.push(target);
  }
  const order = documentOrder(site);
  for (const records of index.values()) {
    records.led.sort(byDeadline(order));
    records.supported.sort(byDeadline(order));
  }
  return index;
}

/** Records of a cross-province kind: those of all its provincial agencies. */
export function kindRecords(kind: Agency, site: SiteData, index: Map<string, AgencyRecords>): Array<{ agency: Agency; records: AgencyRecords }> {
  return site.agencies
    .filter((agency) => agency.kind === kind.id)
    .map((agency) => ({ agency, records: index.get(agency.id) ?? { led: [], supported: [], responsibilities: [], targets: [] } }));
}

function documentOrder(site: SiteData): Map<string, number> {
  return new Map(site.documents.map((document, index) => [document.id, index]));
}

function byDeadline(order: Map<string, number>) {
  return (a: Task, b: Task) =>
    deadlineKey(a.timeframe).localeCompare(deadlineKey(b.timeframe)) ||
    (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) ||
    a.source.line - b.source.line;
}
