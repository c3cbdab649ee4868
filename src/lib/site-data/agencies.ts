import type { Agency, CollectiveGroup, DocumentFacts, Responsibility, Target, Task } from '../../schema/index.ts';
import { groupBy } from '../group-by.ts';
import { collectiveGroupsOf } from '../collective-groups.ts';
import { indexAgencies, type AgencyIndex } from '../agency-index.ts';

/** Each agency, what names it, and how agencies group: by kind across provinces, by collective group within one. */
export interface AgencyData extends AgencyIndex {
  agencyById: Map<string, Agency>;
  /** The collective groups of its province an agency belongs to (`Các sở, ban, ngành` for a sở). */
  groupsOfAgency: Map<string, Agency[]>;
}

export function agencyData(
  agencies: Agency[],
  named: { documents: DocumentFacts[]; tasks: Task[]; targets: Target[]; responsibilities: Responsibility[] },
  collectiveGroups: CollectiveGroup[],
): AgencyData {
  const groupsOfAgency = collectiveGroupsOf(agencies, collectiveGroups);
  return {
    agencyById: new Map(agencies.map((agency) => [agency.id, agency])),
    agencyRecords: indexAgencies({ ...named, groupsOfAgency }),
    agenciesByKind: groupBy(
      agencies.filter((agency) => agency.kind !== null),
      (agency) => agency.kind!,
    ),
    groupsOfAgency,
  };
}
