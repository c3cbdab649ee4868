import type { Responsibility, Target, Task } from '../../schema/index.ts';
import { groupBy } from '../group-by.ts';

/** Each document's tasks, targets and responsibilities, in the collections' order. */
export interface RecordIndex {
  tasksByDocument: Map<string, Task[]>;
  targetsByDocument: Map<string, Target[]>;
  responsibilitiesByDocument: Map<string, Responsibility[]>;
}

export function recordIndex(tasks: Task[], targets: Target[], responsibilities: Responsibility[]): RecordIndex {
  return {
    tasksByDocument: groupBy(tasks, (task) => task.document),
    targetsByDocument: groupBy(targets, (target) => target.document),
    responsibilitiesByDocument: groupBy(responsibilities, (record) => record.document),
  };
}
