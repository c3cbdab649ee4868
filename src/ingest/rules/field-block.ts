import type { NodeRole, OutlineNode } from '../model.ts';
import { readInlineDeadline, readTimeframe } from '../readers/timeframe.ts';
import type { TaskDraft, TaskRule } from './rule.ts';
import type { Timeframe } from '../../schema/index.ts';
import {
  AGENCY_FIELD_LINE,
  LEAD_LABEL_LINE,
  SUPPORT_LABEL_LINE,
  TASK_FIELD_LINE,
  TIMEFRAME_LINE,
} from '../patterns/task-lines.ts';
import { readLeadDeclaration, splitAgencyList } from '../readers/agency-list.ts';
import { outlinePath, partTop, sectionOf } from '../outline.ts';

/** A task given as labelled fields: what (`Nội dung:`), who (`Cơ quan thực hiện:`), when (`Thời gian thực hiện:`). */
export interface FieldBlock {
  /** Each task of the block with its own text: the `Nội dung:` line, or each bullet under an empty one. */
  tasks: Array<{ node: OutlineNode; text: string }>;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
  /** The field lines that say who and when (never tasks themselves). */
  labels: OutlineNode[];
}

/**
 * Layout "per-task field blocks" (16-ho-chi-minh-174): the items of a
 * container are fields rather than tasks.
 *
 *   a) Hoạt động 1
 *   - Nội dung: Triển khai Tháng hành động …
 *   - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …
 *
 * Also `a) Nhiệm vụ: …` / `b) Cơ quan thực hiện:` with `- Đơn vị chủ trì: …`
 * and `- Đơn vị phối hợp: …` under it / `c) Thời gian thực hiện: …`.
 */
export function readFieldBlock(container: OutlineNode, agencyHead: RegExp): FieldBlock | null {
  const what = container.children.filter((child) => TASK_FIELD_LINE.test(child.text));
  const who = container.children.filter((child) => AGENCY_FIELD_LINE.test(child.text));
  if (what.length === 0 || who.length === 0) return null;
  const block: FieldBlock = { tasks: [], lead: [], support: [], timeframe: null, labels: [] };
  for (const field of what) {
    const value = TASK_FIELD_LINE.exec(field.text)!.groups!.value!;
    if (value) block.tasks.push({ node: field, text: value });
    else block.tasks.push(...field.children.map((child) => ({ node: child, text: child.text })));
  }
  for (const field of who) {
    block.labels.push(field);
    const value = AGENCY_FIELD_LINE.exec(field.text)!.groups!.value!;
    for (const line of value ? [value] : field.children.map((child) => child.text)) readAgencies(line, block, agencyHead);
  }
  for (const child of container.children) {
    const timeframe = TIMEFRAME_LINE.exec(child.text);
    if (!timeframe) continue;
    block.labels.push(child);
    block.timeframe = readTimeframe(timeframe.groups!.value!);
  }
  return block;
}

/** `Sở X chủ trì, phối hợp với …`, `Đơn vị chủ trì: …`, `Đơn vị phối hợp: …`, or a bare list of agencies. */
function readAgencies(line: string, block: FieldBlock, agencyHead: RegExp): void {
  const lead = LEAD_LABEL_LINE.exec(line);
  const support = SUPPORT_LABEL_LINE.exec(line);
  if (lead) block.lead.push(...splitAgencyList(lead.groups!.value!, agencyHead));
  else if (support) block.support.push(...splitAgencyList(support.groups!.value!, agencyHead));
  else {
    const declaration = readLeadDeclaration(line, agencyHead);
    if (declaration) {
      block.lead.push(...declaration.lead.filter((name) => !block.lead.includes(name)));
      block.support.push(...declaration.support.filter((name) => !block.support.includes(name)));
    } else if (block.lead.length === 0 && agencyHead.test(line)) block.lead.push(...splitAgencyList(line, agencyHead));
  }
}

/** A container whose items are fields (`Nội dung:`, `Cơ quan thực hiện:`, `Thời gian thực hiện:`): one task per content line. */
export const fieldBlock: TaskRule = {
  name: 'field-block',
  read({ node, scope, data }) {
    if (node.children.length === 0) return null;
    const fields = readFieldBlock(node, data.agencyHead);
    if (!fields) return null;
    const tasks = fields.tasks.map(
      ({ node: field, text }): TaskDraft => ({
        node: field,
        path: outlinePath(field),
        section: sectionOf(field),
        position: 0,
        group: node.numbering && partTop(node) ? node : scope.group,
        text,
        context: scope.context,
        lead: fields.lead.length > 0 ? fields.lead : scope.lead,
        support: fields.lead.length > 0 ? fields.support : scope.support,
        timeframe: fields.timeframe ?? readInlineDeadline(text) ?? scope.timeframe,
      }),
    );
    const roles = fields.labels.map((label): [OutlineNode, NodeRole] => [label, label.children.length > 0 || AGENCY_FIELD_LINE.test(label.text) ? 'lead' : 'timeframe']);
    return { kind: 'tasks', tasks, roles, settled: true };
  },
};
