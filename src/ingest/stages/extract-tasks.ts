import type { NodeRole, OutlineNode } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { Timeframe } from '../../schema/index.ts';
import { TASK_ROLES } from '../patterns/sections.ts';
import {
  AGENCY_FIELD_LINE,
  GROUP_TIMEFRAME,
  LEAD_IN_END,
  LEAD_LABEL_LINE,
  LEADS_ITSELF,
  PRODUCT_LABEL_LINE,
  SUPPORT_LABEL_LINE,
  TIMEFRAME_LINE,
} from '../patterns/task-lines.ts';
import { isBareAgencyList, readLeadDeclaration, readSupportList, splitAgencyList } from '../readers/agency-list.ts';
import { readTimeframe } from '../readers/timeframe.ts';
import { outlinePath } from './segment-outline.ts';
import { quote } from '../messages.ts';
import { readFieldBlock, type FieldBlock } from '../rules/field-block.ts';
import { readInlineAssignment } from '../rules/inline-assignment.ts';
import { readInlineDeadline } from '../rules/inline-deadline.ts';
import { isTaskTable, readTaskTable } from '../rules/task-table.ts';

/** A task before agencies and themes are resolved across documents. */
export interface TaskDraft {
  node: OutlineNode;
  path: string;
  /** The numbered item (or table) holding it; its anchor is the task's section. */
  section: OutlineNode;
  position: number;
  /** Top-level item of the task part (the task group), if any. */
  group: OutlineNode | null;
  text: string;
  context: string | null;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
}

interface Scope {
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
  context: string | null;
  group: OutlineNode | null;
}

/** What the extraction needs and what it says of the nodes it reads (a task, a lead or timeframe line). */
interface Extraction {
  data: ReferenceData;
  log: MessageLog;
  roles: Map<OutlineNode, NodeRole>;
}

/**
 * Every actionable item under the task parts, and every row of a task table,
 * and the role each node it read plays on the page. The rules apply in this
 * order, the first that matches a block deciding what it means:
 *
 * 1. a table with a `Chủ trì` column: one task per row (rules/task-table.ts);
 * 2. a container whose items are fields (`Nội dung:` / `Cơ quan thực hiện:`):
 *    one task per content line (rules/field-block.ts);
 * 3. `Thời gian thực hiện: …` and `Đơn vị chủ trì: …` lines: timeframe and
 *    agencies of the items before them in the same sub-item, else of those after;
 * 4. a heading or lead line that names who leads (`1.2. Sở … chủ trì, phối
 *    hợp với …`, a bare `1.4. Sở …`, `Sở … chủ trì, …:`): the lead of the items under it;
 * 5. the item itself: its own declaration, then a lead inside its text
 *    (rules/inline-assignment.ts) and a deadline inside it (rules/inline-deadline.ts).
 *
 * A group heading's `(thực hiện hằng năm…)` is the timeframe of the whole group.
 */
export function extractTasks(root: OutlineNode, data: ReferenceData, log: MessageLog): { tasks: TaskDraft[]; roles: Map<OutlineNode, NodeRole> } {
  const extraction: Extraction = { data, log, roles: new Map() };
  const tasks: TaskDraft[] = [];
  const emptyScope: Scope = { lead: [], support: [], timeframe: null, context: null, group: null };
  const visitPart = (node: OutlineNode) => {
    if (node.kind === 'table' && isTaskTable(node)) tasks.push(...tasksOfTable(node, emptyScope, data));
    else if (node.section && TASK_ROLES.has(node.section) && node.parent === root) {
      tasks.push(...tasksOfContainer(node, emptyScope, node, extraction));
    } else node.children.forEach(visitPart);
  };
  root.children.forEach(visitPart);
  numberPositions(tasks);
  for (const task of tasks) extraction.roles.set(task.node, 'task');
  return { tasks, roles: extraction.roles };
}

function tasksOfContainer(
  container: OutlineNode,
  inherited: Scope,
  part: OutlineNode,
  extraction: Extraction,
): TaskDraft[] {
  const { data, log, roles } = extraction;
  const scope = { ...inherited };
  if (container !== part) {
    if (container.parent === part && container.numbering) scope.group = container;
    const declaration = headingDeclaration(container, data);
    if (declaration) Object.assign(scope, declaration);
    const groupTimeframe = GROUP_TIMEFRAME.exec(container.text);
    if (groupTimeframe) scope.timeframe = readTimeframe(groupTimeframe.groups!.value!);
    if (!container.heading && LEAD_IN_END.test(container.text)) scope.context = container.text;
  }
  const fields = readFieldBlock(container, data.agencyHead);
  if (fields) return tasksOfFieldBlock(fields, scope, roles);
  const tasks: TaskDraft[] = [];
  let pending: TaskDraft[] = [];
  for (const child of container.children) {
    if (child.kind === 'rule') continue;
    if (child.kind === 'table') {
      tasks.push(...tasksOfTable(child, scope, data));
      continue;
    }
    const timeframeLine = TIMEFRAME_LINE.exec(child.text);
    if (timeframeLine && child.children.length === 0) {
      roles.set(child, 'timeframe');
      const timeframe = readTimeframe(timeframeLine.groups!.value!);
      if (pending.length > 0) pending.forEach((task) => (task.timeframe = timeframe));
      else scope.timeframe = timeframe;
      pending = [];
      continue;
    }
    const leadLabel = LEAD_LABEL_LINE.exec(child.text);
    const supportLabel = SUPPORT_LABEL_LINE.exec(child.text);
    if ((leadLabel || supportLabel) && child.children.length === 0) {
      roles.set(child, 'lead');
      const agencies = splitAgencyList((leadLabel ?? supportLabel)!.groups!.value!, data.agencyHead);
      const key = leadLabel ? 'lead' : 'support';
      const unlabelled = pending.filter((task) => task[key].length === 0 || task[key] === scope[key]);
      if (unlabelled.length > 0) unlabelled.forEach((task) => (task[key] = agencies));
      else scope[key] = agencies;
      continue;
    }
    if (PRODUCT_LABEL_LINE.test(child.text)) continue;
    const attributed = child.children.length > 0 && child.children.every(isAttributeLine);
    if (child.children.length > 0 && !attributed) {
      tasks.push(...tasksOfContainer(child, scope, part, extraction));
      continue;
    }
    if (attributed) {
      // `1. Xây dựng kho học liệu…` with `a) Đơn vị chủ trì: …` under it is one task.
      child.heading = false;
      tasks.push(taskOf(child, scope, null, extraction));
      continue;
    }
    const declaration = readLeadDeclaration(child.text, data.agencyHead);
    if (declaration && (child.heading || (LEAD_IN_END.test(child.text) && declaration.action === ''))) {
      roles.set(child, 'lead');
      scope.lead = declaration.lead;
      scope.support = declaration.support;
      continue;
    }
    if (child.heading || (child.numbering && child.numbering.style !== 'bullet' && isBareAgencyList(child.text, data.agencyHead))) {
      log.warn(
        `Unexpected sub-item ${quote(child.text)} without tasks, expected bullets or paragraphs under it`,
        child.start,
        'extract:empty-sub-item',
      );
      continue;
    }
    const task = taskOf(child, scope, declaration, extraction);
    tasks.push(task);
    if (!child.children.some((line) => TIMEFRAME_LINE.test(line.text))) pending.push(task);
  }
  return tasks;
}

function tasksOfFieldBlock(fields: FieldBlock, scope: Scope, roles: Map<OutlineNode, NodeRole>): TaskDraft[] {
  for (const label of fields.labels) roles.set(label, label.children.length > 0 || AGENCY_FIELD_LINE.test(label.text) ? 'lead' : 'timeframe');
  return fields.tasks.map(({ node, text }) => ({
    node,
    path: outlinePath(node),
    section: sectionOf(node),
    position: 0,
    group: scope.group,
    text,
    context: scope.context,
    lead: fields.lead.length > 0 ? fields.lead : scope.lead,
    support: fields.lead.length > 0 ? fields.support : scope.support,
    timeframe: fields.timeframe ?? readInlineDeadline(text) ?? scope.timeframe,
  }));
}

function taskOf(
  node: OutlineNode,
  scope: Scope,
  declaration: ReturnType<typeof readLeadDeclaration>,
  { data, roles }: Extraction,
): TaskDraft {
  let lead = scope.lead;
  let support = scope.support;
  if (declaration) {
    lead = declaration.lead;
    support = declaration.support;
  } else {
    // `Chủ trì, phối hợp với …` under a bare agency heading: the heading leads, the bullet names the support.
    const itself = LEADS_ITSELF.exec(node.text);
    if (itself?.groups!.support) support = readSupportList(itself.groups!.support, data.agencyHead).agencies;
    const inline = lead.length === 0 ? readInlineAssignment(nodeText(node), data.agencyHead, data.collectiveHead) : null;
    if (inline) ({ lead, support } = inline);
  }
  let timeframe = scope.timeframe ?? readInlineDeadline(nodeText(node));
  for (const line of node.children) {
    const timeframeLine = TIMEFRAME_LINE.exec(line.text);
    const leadLabel = LEAD_LABEL_LINE.exec(line.text);
    const supportLabel = SUPPORT_LABEL_LINE.exec(line.text);
    if (timeframeLine) timeframe = readTimeframe(timeframeLine.groups!.value!);
    if (leadLabel) lead = splitAgencyList(leadLabel.groups!.value!, data.agencyHead);
    if (supportLabel) support = splitAgencyList(supportLabel.groups!.value!, data.agencyHead);
    if (timeframeLine) roles.set(line, 'timeframe');
    else if (leadLabel || supportLabel) roles.set(line, 'lead');
  }
  return {
    node,
    path: outlinePath(node),
    section: sectionOf(node),
    position: 0,
    group: scope.group,
    text: nodeText(node),
    context: scope.context,
    lead,
    support,
    timeframe,
  };
}

/** A heading that names who leads: `1.2. Sở … chủ trì, phối hợp với …` or just `1.4. Sở …`. */
function headingDeclaration(node: OutlineNode, data: ReferenceData): Pick<Scope, 'lead' | 'support'> | null {
  if (!node.numbering || node.numbering.style === 'bullet') {
    if (!LEAD_IN_END.test(node.text)) return null;
  }
  const declaration = readLeadDeclaration(node.text, data.agencyHead);
  if (declaration) return { lead: declaration.lead, support: declaration.support };
  if (node.heading && isBareAgencyList(node.text, data.agencyHead)) {
    return { lead: splitAgencyList(node.text.replace(/:\s*$/u, ''), data.agencyHead), support: [] };
  }
  return null;
}

function isAttributeLine(node: OutlineNode): boolean {
  return [TIMEFRAME_LINE, LEAD_LABEL_LINE, SUPPORT_LABEL_LINE, PRODUCT_LABEL_LINE].some((pattern) => pattern.test(node.text));
}

/** One task per row of a task table (group rows name the group of the rows under them). */
function tasksOfTable(table: OutlineNode, scope: Scope, data: ReferenceData): TaskDraft[] {
  return readTaskTable(table, scope, data.agencyHead).map((row) => ({
    node: row.node,
    path: outlinePath(table),
    section: table,
    position: 0,
    group: row.group,
    text: row.text,
    context: scope.context,
    lead: row.lead,
    support: row.support,
    timeframe: row.timeframe,
  }));
}

/** The nearest numbered item holding a node (itself when it is numbered and not a bullet). */
function sectionOf(node: OutlineNode): OutlineNode {
  for (let current: OutlineNode | null = node; current; current = current.parent) {
    if (current.numbering && current.numbering.style !== 'bullet') return current;
  }
  return node;
}

/** The node's own text and its continuation paragraphs. */
export function nodeText(node: OutlineNode): string {
  if (node.kind === 'row') return node.text;
  const [, ...continuations] = node.blocks;
  return [node.text, ...continuations.map((block) => block.text)].join(' ');
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
