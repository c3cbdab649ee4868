import type { OutlineNode } from '../model/outline.ts';
import type { ReferenceData } from '../reference-data.ts';
import { quote, type MessageLog } from '../messages.ts';
import { RESPONSIBILITY_ROLES, TASK_ROLES, type SectionRole } from '../patterns/sections.ts';
import { EXCLAMATION, WORK_OPENING } from '../patterns/work-verbs.ts';
import { readFieldLine } from '../readers/field-line.ts';
import { LEAD_IN_END } from '../patterns/task-lines.ts';
import { isTaskTable } from '../readers/task-table.ts';
import { columnKinds } from '../patterns/table-columns.ts';
import type { ResponsibilityDraft, TaskDraft } from '../model/drafts.ts';

/** Parts that commit to no work of their own: their items are never tasks. */
const NOT_WORK: ReadonlySet<SectionRole> = new Set(['purpose', 'targets', 'funding', 'scope', 'background']);

/** Fewest items of an unread part, and share of them opening like work, that make its silence worth a warning. */
const UNREAD_ITEMS = 3;
const UNREAD_WORK_SHARE = 1 / 3;

/** Share of a part's items of work that must be read as tasks for the reading to pass without a word. */
const READ_SHARE = 0.5;

/** Share of a document's tasks without a lead above which the reader says so. */
const LEADLESS_SHARE = 0.5;

/**
 * A reading that checks itself: where a plan's layout promised tasks and
 * the rules found none, or found tasks without the lead a line of the plan
 * names, say so, at the place to look, so that a person can act (correct the
 * reading, or report the layout). Warnings only: nothing is changed.
 */
export function checkReading(
  root: OutlineNode,
  { tasks, read: taskNodes }: { tasks: TaskDraft[]; read: Set<OutlineNode> },
  responsibilities: ResponsibilityDraft[],
  data: ReferenceData,
  log: MessageLog,
): void {
  const holdsTask = (node: OutlineNode): boolean => taskNodes.has(node) || node.children.some(holdsTask);
  const responsibilityNodes = new Set(responsibilities.map((record) => record.node));
  const holdsResponsibility = (node: OutlineNode): boolean => responsibilityNodes.has(node) || node.children.some(holdsResponsibility);
  let candidates = 0;
  for (const part of root.children) {
    if (!part.numbering && part.kind !== 'annex') continue;
    const items = innerItems(part, taskNodes);
    if (!part.section || !NOT_WORK.has(part.section)) candidates += items.length;
    const read = countTasks(part, taskNodes, items);
    if (part.section && TASK_ROLES.has(part.section) && items.length > 0 && read < READ_SHARE * items.length) {
      log.warn(
        `Unexpected part ${quote(heading(part))} of work with ${read} tasks read from its ${items.length} items and sentences of work, expected most of them to be tasks; check its layout`,
        part.start,
        'check:work-part',
      );
    } else if (part.section === null && part.heading && !holdsTask(part) && readsAsWork(items)) {
      log.warn(
        `Unexpected part ${quote(heading(part))} read as neither work nor duties, its heading naming no known purpose; ${items.length} of its items open like work`,
        part.start,
        'check:unknown-part',
      );
    }
    if (part.section && RESPONSIBILITY_ROLES.has(part.section) && items.length > 0 && !holdsResponsibility(part) && !holdsTask(part)) {
      log.warn(`Unexpected part ${quote(heading(part))} of duties with no agency's block read, expected agencies heading its items`, part.start, 'check:duties-part');
    }
    checkTables(part, holdsTask, data, log);
  }
  if (tasks.length === 0 && candidates >= UNREAD_ITEMS) {
    log.warn(`Unexpected document with no task read from its ${candidates} items outside its purpose, targets and funding; check its layout`, root.children[0]?.start ?? 1, 'check:no-task');
  }
  checkLeads(root, tasks, log);
}

/**
 * A part's innermost numbered items, table rows and paragraphs that open like work, without the lines that
 * only label (`Thời gian: …`) or announce (`…, cụ thể như sau:`): what its tasks are expected to be read from.
 */
function innerItems(part: OutlineNode, taskNodes: Set<OutlineNode>): OutlineNode[] {
  const items: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      // A task's items are its fields, details or sub-tasks: counted as read with it.
      if (taskNodes.has(child)) items.push(child);
      else if (child.kind === 'table') items.push(...child.children.filter((row) => !row.groupRow));
      else if (readFieldLine(child.text) || LEAD_IN_END.test(child.text)) visit(child);
      // An agency's heading whose paragraphs are its tasks (`8. Sở Giáo dục và Đào tạo` / `Chủ trì, tham mưu …`) is read through them.
      else if (child.numbering && !child.children.some((grandchild) => grandchild.numbering || taskNodes.has(grandchild))) items.push(child);
      else if (child.kind === 'paragraph' && WORK_OPENING.test(child.text)) items.push(child);
      else visit(child);
    }
  };
  visit(part);
  return items;
}

/** How many of a part's items were read as tasks. */
function countTasks(part: OutlineNode, taskNodes: Set<OutlineNode>, items: OutlineNode[]): number {
  return items.filter((item) => taskNodes.has(item)).length;
}

function readsAsWork(items: OutlineNode[]): boolean {
  const work = items.filter((item) => WORK_OPENING.test(item.text) && !EXCLAMATION.test(item.text)).length;
  return items.length >= UNREAD_ITEMS && work >= UNREAD_WORK_SHARE * items.length;
}

/** A table of work (a column of it, and one of who leads or rows naming agencies), none of whose rows was read as a task. */
function checkTables(part: OutlineNode, holdsTask: (node: OutlineNode) => boolean, data: ReferenceData, log: MessageLog): void {
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child.kind !== 'table') {
        visit(child);
        continue;
      }
      const rows = child.children.filter((row) => !row.groupRow);
      const kinds = columnKinds(child.cells ?? []);
      const work = kinds.includes('content') || kinds.includes('name');
      if (rows.length >= UNREAD_ITEMS && work && !holdsTask(child)) {
        const why = isTaskTable(child, data.agencyHead) ? 'its rows gave no work' : 'no column says who leads';
        log.warn(`Unexpected table of work with none of its ${rows.length} rows read as a task: ${why}`, child.start, 'check:task-table');
      }
    }
  };
  visit(part);
}

/**
 * Tasks without a lead in a plan whose lines name leads (`Đơn vị chủ trì: …`): a group of such tasks says
 * where; a plan where most tasks have none says how many.
 */
function checkLeads(root: OutlineNode, tasks: TaskDraft[], log: MessageLog): void {
  if (tasks.length === 0) return;
  const leadless = tasks.filter((task) => task.lead.length === 0);
  const named = hasLeadLine(root);
  if (named) {
    const groups = new Map<OutlineNode | null, TaskDraft[]>();
    for (const task of leadless) groups.set(task.group, [...(groups.get(task.group) ?? []), task]);
    for (const [group, members] of groups) {
      const where = group ?? members[0]!.node;
      log.warn(`Unexpected ${members.length === 1 ? 'task' : `${members.length} tasks`} with no lead under ${quote(group ? heading(group) : members[0]!.text)}, while field lines of the plan name leads`, where.start, 'check:leadless-group');
    }
  } else if (leadless.length > LEADLESS_SHARE * tasks.length) {
    // Many plans name no lead in their parts of work and leave it to the organisation part: a note, not a fault.
    log.info(`${leadless.length} of ${tasks.length} tasks have no lead: no heading, line or words of theirs name one`, leadless[0]!.node.start, 'check:leadless');
  }
}

function hasLeadLine(node: OutlineNode): boolean {
  return node.children.some((child) => readFieldLine(child.text)?.some((field) => field.kind === 'lead' || field.kind === 'direction') || hasLeadLine(child));
}

function heading(node: OutlineNode): string {
  return `${node.numbering?.label ?? ''} ${node.text}`.trim();
}
