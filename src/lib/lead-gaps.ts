import type { Agency, DocumentFacts, Responsibility } from '../schema/index.ts';

/** A plan most of whose tasks name no lead, and the bodies its organisation part gives the work to. */
export interface PlanWithoutLeads {
  document: DocumentFacts;
  tasks: number;
  withLead: number;
  givenTo: Agency[];
}

/**
 * The plans of a region that name no lead for most of their tasks (a party
 * programme, a plan that leaves the work to "các cấp, các ngành"): for
 * them, "who leads this?" has no answer per task, and the honest one is who
 * the organisation part (`Tổ chức thực hiện`) gives the work to.
 */
export function plansWithoutLeads(
  documents: DocumentFacts[],
  responsibilitiesOf: (document: string) => Responsibility[],
  agencyById: Map<string, Agency>,
): PlanWithoutLeads[] {
  return documents
    .filter((document) => document.counts.tasks > 0 && document.counts.tasksWithLead * 2 < document.counts.tasks)
    .map((document) => ({
      document,
      tasks: document.counts.tasks,
      withLead: document.counts.tasksWithLead,
      givenTo: [...new Set(responsibilitiesOf(document.id).flatMap((record) => record.agencyIds))].flatMap((id) => agencyById.get(id) ?? []),
    }));
}
