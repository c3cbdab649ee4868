import type { Responsibility, Target, Task } from '../../schema/index.ts';
import { groupBy } from '../group-by.ts';

/** Each document's tasks, targets and responsibilities, in the collections' order. */
export interface RecordIndex {
  tasksByDocument: Map<string, Task[]>;
  targetsByDocument: Map<string, Target[]>;
  responsibilitiesByDocument: Map<string, Responsibility[]>;
  /** The tasks that are also a responsibility (a duty under an agency's heading): `document#id`. */
  alsoResponsibility: Set<string>;
  /** The tasks amendments add to a document, by the id of the document they are added to. */
  tasksAddedTo: Map<string, Task[]>;
}

export function recordIndex(tasks: Task[], targets: Target[], responsibilities: Responsibility[]): RecordIndex {
  const taskKeys = new Set(tasks.map((task) => `${task.document}#${task.id}`));
  return {
    tasksByDocument: groupBy(tasks, (task) => task.document),
    targetsByDocument: groupBy(targets, (target) => target.document),
    responsibilitiesByDocument: groupBy(responsibilities, (record) => record.document),
    alsoResponsibility: new Set(responsibilities.map((record) => `${record.document}#${record.id}`).filter((key) => taskKeys.has(key))),
    tasksAddedTo: groupBy(
      tasks.filter((task) => task.addedTo),
      (task) => task.addedTo!.document,
    ),
  };
}
