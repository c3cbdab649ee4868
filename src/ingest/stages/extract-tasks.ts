import type { NodeRole, OutlineNode } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { ReferenceData } from '../reference-data.ts';
import { quote } from '../messages.ts';
import { TASK_RULES } from '../rules/index.ts';
import { partKindOf } from '../rules/sub-part.ts';
import { partTop } from '../rules/draft-task.ts';
import { dropRestated } from '../rules/restated.ts';
import { applyCrossReferences } from '../rules/cross-reference.ts';
import type { Effect, Scope, TaskDraft } from '../rules/rule.ts';

export type { TaskDraft } from '../rules/rule.ts';
export { nodeText } from '../rules/draft-task.ts';

interface Extraction {
  data: ReferenceData;
  log: MessageLog;
  roles: Map<OutlineNode, NodeRole>;
}

/**
 * Every task of a plan, and the role each node the rules read plays on the
 * page (a task, a lead or timeframe line). Each top-level part is read under
 * what its heading makes it (work, duties, neither), each block by the first
 * rule of `rules/index.ts` that reads it.
 */
export function extractTasks(root: OutlineNode, data: ReferenceData, log: MessageLog): { tasks: TaskDraft[]; roles: Map<OutlineNode, NodeRole> } {
  const extraction: Extraction = { data, log, roles: new Map() };
  const tasks: TaskDraft[] = [];
  for (const part of root.children) {
    const scope: Scope = { part: partKindOf(part), lead: [], support: [], timeframe: null, context: null, group: null, agencyBlock: false };
    tasks.push(...readBlocks([part], scope, extraction));
  }
  applyCrossReferences(root, tasks, data);
  const counted = dropRestated(tasks, root);
  numberPositions(counted);
  for (const task of counted) extraction.roles.set(task.node, 'task');
  return { tasks: counted, roles: extraction.roles };
}

/** Read blocks side by side: what a line says of the tasks before or after it stays within them. */
function readBlocks(nodes: OutlineNode[], inherited: Scope, extraction: Extraction): TaskDraft[] {
  const scope = { ...inherited };
  const tasks: TaskDraft[] = [];
  /** Tasks since the last timeframe line that a line after them may still complete. */
  let pending: TaskDraft[] = [];
  nodes.forEach((node, index) => {
    if (node.kind === 'rule') return;
    const effect = applyRules(node, scope, nodes, index, extraction.data);
    switch (effect.kind) {
      case 'tasks':
        tasks.push(...effect.tasks);
        for (const [line, role] of effect.roles ?? []) extraction.roles.set(line, role);
        if (!effect.settled) pending.push(...effect.tasks);
        break;
      case 'descend': {
        if (effect.role) extraction.roles.set(node, effect.role);
        // A numbered item directly under a part that lists work names the group of every task under it
        // (under the organisation it names an agency, not a group of work).
        const grouped = node.numbering && partTop(node) && scope.part === 'work' ? { group: node } : {};
        const inner = readBlocks(node.children, { ...scope, ...grouped, ...effect.scope }, extraction);
        tasks.push(...(effect.task ? [effect.task] : []), ...inner);
        pending.push(...inner.filter((task) => task.timeframe === null));
        break;
      }
      case 'scope':
        extraction.roles.set(node, effect.role);
        for (const key of Object.keys(effect.scope) as Array<keyof typeof effect.scope>) {
          const value = effect.scope[key]!;
          const open = effect.after ? [] : key === 'timeframe' ? pending : pending.filter((task) => task[key].length === 0 || task[key] === scope[key]);
          if (open.length > 0) for (const task of open) (task as unknown as Record<string, unknown>)[key] = value;
          else (scope as unknown as Record<string, unknown>)[key] = value;
        }
        if ('timeframe' in effect.scope) pending = [];
        break;
      case 'skip':
        if (effect.role) extraction.roles.set(node, effect.role);
        if (effect.warning) extraction.log.warn(`Unexpected sub-item ${quote(node.text)} ${effect.warning}`, node.start, 'extract:empty-sub-item');
    }
  });
  return tasks;
}

function applyRules(node: OutlineNode, scope: Scope, siblings: OutlineNode[], index: number, data: ReferenceData): Effect {
  for (const rule of TASK_RULES) {
    const effect = rule.read({ node, scope, siblings, index, data });
    if (effect) return effect;
  }
  return { kind: 'skip' };
}

/** Nhiệm vụ 1, 2, … within each numbered item, in document order; table rows keep their TT. */
function numberPositions(tasks: TaskDraft[]): void {
  const counters = new Map<string, number>();
  for (const task of tasks) {
    const next = (counters.get(task.path) ?? 0) + 1;
    counters.set(task.path, next);
    const number = task.node.kind === 'row' ? Number(task.node.cells?.[0]) : NaN;
    task.position = Number.isInteger(number) && number > 0 ? number : next;
  }
}
