import type { NodeRole, OutlineNode } from '../model/outline.ts';
import type { TaskDraft } from '../model/drafts.ts';
import type { ReferenceData } from '../reference-data.ts';
import { quote, type MessageLog } from '../messages.ts';
import { TASK_RULES } from './rules/index.ts';
import type { Effect, Scope } from './rules/rule.ts';
import { partKindOf } from './part-kind.ts';
import { dropRestated } from './restated.ts';
import { applyCrossReferences } from './cross-reference.ts';
import { partTop } from '../model/outline-tree.ts';
import { numberPositions } from '../model/task-positions.ts';
import { readRequestAddressees } from '../readers/agency-list.ts';
import { readInsertionPlace } from '../readers/insertion-place.ts';
import { EVERY_RULE, type RuleSwitch } from './rule-switch.ts';

interface Extraction {
  data: ReferenceData;
  log: MessageLog;
  roles: Map<OutlineNode, NodeRole>;
  rules: RuleSwitch;
}

/**
 * Every task of a plan, and the role each node the rules read plays on the
 * page (a task, a lead or timeframe line). Each top-level part is read under
 * what its heading makes it (work, duties, neither), each block by the first
 * of `TASK_RULES` (rules/index.ts) that reads it.
 */
export function extractTasks(
  root: OutlineNode,
  data: ReferenceData,
  log: MessageLog,
  rules: RuleSwitch = EVERY_RULE,
): { tasks: TaskDraft[]; roles: Map<OutlineNode, NodeRole>; read: Set<OutlineNode> } {
  const extraction: Extraction = { data, log, roles: new Map(), rules };
  const tasks: TaskDraft[] = [];
  const addressed = requested(root, data);
  for (const part of root.children) {
    const kind = partKindOf(part);
    const lead = kind === 'work' && addressed ? addressed : [];
    const scope: Scope = { part: kind, lead, support: [], timeframe: null, context: null, group: null, agencyBlock: false };
    tasks.push(...readBlocks([part], scope, extraction));
  }
  if (!rules.off.has(CROSS_REFERENCE_RULE) && applyCrossReferences(root, tasks, data) > 0) rules.fired?.(CROSS_REFERENCE_RULE);
  const counted = rules.off.has(RESTATED_RULE) ? tasks : dropRestated(tasks, root);
  if (counted.length < tasks.length) rules.fired?.(RESTATED_RULE);
  numberPositions(counted);
  for (const task of counted) placeInsertion(task);
  for (const task of counted) extraction.roles.set(task.node, 'task');
  // Every block read as a task, a body item an annex's row restates included: what the reading found.
  return { tasks: counted, roles: extraction.roles, read: new Set(tasks.map((task) => task.node)) };
}

/**
 * Whom the preamble asks to do the work that follows (`Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng…
 * thực hiện tốt các nhiệm vụ sau:`): the lead of every task no line or heading gives another.
 */
function requested(root: OutlineNode, data: ReferenceData): string[] | null {
  const first = root.children.findIndex((node) => node.numbering);
  const preamble = root.children.slice(0, first === -1 ? 0 : first).filter((node) => node.kind === 'paragraph');
  const last = preamble.at(-1);
  return last ? readRequestAddressees(last.text, data.agencyHead) : null;
}

/** Read blocks side by side: what a line says of the tasks before or after it stays within them. */
function readBlocks(nodes: OutlineNode[], inherited: Scope, extraction: Extraction): TaskDraft[] {
  const scope = { ...inherited };
  const tasks: TaskDraft[] = [];
  /** Tasks since the last timeframe line that a line after them may still complete. */
  let pending: TaskDraft[] = [];
  const covered = new Set<OutlineNode>();
  nodes.forEach((node, index) => {
    if (node.kind === 'rule' || covered.has(node)) return;
    const effect = applyRules(node, scope, nodes, index, extraction);
    switch (effect.kind) {
      case 'tasks':
        tasks.push(...effect.tasks);
        for (const [line, role] of effect.roles ?? []) extraction.roles.set(line, role);
        for (const item of effect.shownAsItems ?? []) item.heading = false;
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
        for (const [line, role] of effect.covers ?? []) {
          covered.add(line);
          extraction.roles.set(line, role);
        }
        applyScope(effect.scope, effect.after ? [] : pending, scope);
        if (effect.scope.timeframe !== undefined) pending = [];
        break;
      case 'skip':
        if (effect.role) extraction.roles.set(node, effect.role);
        if (effect.warning) extraction.log.warn(`Unexpected sub-item ${quote(node.text)} ${effect.warning}`, node.start, 'extract:empty-sub-item');
    }
  });
  return tasks;
}

/**
 * What a line says of who or when goes to the tasks before it in its container that lack it (those given the
 * container's own lead count as lacking it), else to the scope of the tasks after it.
 */
function applyScope(said: Extract<Effect, { kind: 'scope' }>['scope'], pending: TaskDraft[], scope: Scope): void {
  const agencies = (key: 'lead' | 'support', value: string[] | undefined) => {
    if (!value) return;
    const open = pending.filter((task) => task[key].length === 0 || task[key] === scope[key]);
    if (open.length > 0) for (const task of open) task[key] = value;
    else scope[key] = value;
  };
  agencies('lead', said.lead);
  agencies('support', said.support);
  if (said.agencyBlock !== undefined) scope.agencyBlock = said.agencyBlock;
  if (said.timeframe === undefined) return;
  if (pending.length > 0) for (const task of pending) task.timeframe = said.timeframe;
  else scope.timeframe = said.timeframe;
}

function applyRules(node: OutlineNode, scope: Scope, siblings: OutlineNode[], index: number, { data, rules }: Extraction): Effect {
  for (const rule of TASK_RULES) {
    if (rules.off.has(rule.name)) continue;
    const effect = rule.read({ node, scope, siblings, index, data });
    if (!effect) continue;
    rules.fired?.(rule.name);
    return effect;
  }
  return { kind: 'skip' };
}

/** The passes over a whole document's tasks, by the names a rule switch knows them. */
export const CROSS_REFERENCE_RULE = 'cross-reference';
export const RESTATED_RULE = 'restated';
export const TASK_PASSES = [CROSS_REFERENCE_RULE, RESTATED_RULE] as const;

/** A task an amendment brings is added to the amended document, at the place its instruction names. */
function placeInsertion(task: TaskDraft): void {
  for (let node: OutlineNode | null = task.node.parent; node; node = node.parent) {
    if (node.amendment) {
      task.insertion = { place: readInsertionPlace(node.text) };
      return;
    }
  }
}

