import type { TaskDraft } from './drafts.ts';

/** Nhiệm vụ 1, 2, … within each numbered item, in document order; table rows keep their TT. */
export function numberPositions(tasks: TaskDraft[]): void {
  const counters = new Map<string, number>();
  for (const task of tasks) {
    const next = (counters.get(task.path) ?? 0) + 1;
    counters.set(task.path, next);
    const number = task.node.kind === 'row' ? Number(task.node.cells?.[0]) : NaN;
    task.position = Number.isInteger(number) && number > 0 ? number : next;
  }
}
