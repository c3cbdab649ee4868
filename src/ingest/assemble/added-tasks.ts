import type { DocumentFacts, Task } from '../../schema/index.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';

/**
 * The id of the document each one amends, among those of this build
 * (`sửa đổi, bổ sung … Kế hoạch số 45/KH-UBND` → the plan numbered so); null
 * for a document that amends none here.
 */
export function amendedDocuments(parsed: ParsedDocument[], ids: string[]): Array<string | null> {
  const byNumber = new Map(parsed.flatMap((document, index) => (document.facts.number ? [[document.facts.number, ids[index]!] as const] : [])));
  return parsed.map((document) => document.facts.amends.map((number) => byNumber.get(number)).find((id) => id !== undefined) ?? null);
}

/**
 * A task an amendment adds to a plan stands at a place of that plan
 * (`III.2.4`): it gets the anchor of that place, and, where its own words do
 * not say who leads or when, what every task of that place agrees on (a
 * bullet added under `2.4. Sở Giáo dục và Đào tạo chủ trì…` is led by it).
 * Where the tasks there disagree, nothing is taken.
 */
export function completeAddedTasks(tasks: Task[], documents: DocumentFacts[]): Task[] {
  const outlines = new Map(documents.map((document) => [document.id, document.outline]));
  return tasks.map((task) => {
    if (!task.addedTo?.place) return task;
    const { document, place } = task.addedTo;
    const there = tasks.filter((other) => other.document === document && !other.addedTo && (other.path === place || other.path.startsWith(`${place}.`)));
    const section = outlines.get(document)?.find((entry) => entry.path === place)?.id ?? there.find((other) => other.path === place)?.section ?? null;
    const completed: Task = { ...task, addedTo: { ...task.addedTo, section } };
    if (task.lead.length === 0) {
      const lead = agreed(there, (other) => ({ lead: other.lead, support: other.support, leadIds: other.leadIds, supportIds: other.supportIds }));
      if (lead && lead.lead.length > 0) Object.assign(completed, lead, { addedTo: { ...completed.addedTo!, inherits: [...completed.addedTo!.inherits, 'lead'] } });
    }
    if (task.timeframe === null) {
      const timeframe = agreed(there, (other) => other.timeframe);
      if (timeframe) Object.assign(completed, { timeframe, addedTo: { ...completed.addedTo!, inherits: [...completed.addedTo!.inherits, 'timeframe'] } });
    }
    return completed;
  });
}

/** What every task says alike, or null when there is none or two say otherwise. */
function agreed<T>(tasks: Task[], value: (task: Task) => T): T | null {
  if (tasks.length === 0) return null;
  const first = JSON.stringify(value(tasks[0]!));
  return tasks.every((task) => JSON.stringify(value(task)) === first) ? value(tasks[0]!) : null;
}
