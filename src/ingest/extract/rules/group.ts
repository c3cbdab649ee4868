import { GROUP_TIMEFRAME, LEAD_IN_END } from '../../patterns/task-lines.ts';
import { PERIOD_IN_HEADING } from '../../patterns/timeframe.ts';
import { readTimeframe } from '../../readers/timeframe.ts';
import { draftTask } from './draft-task.ts';
import type { Scope, TaskRule } from './rule.ts';
import { nodeText } from '../../model/outline-tree.ts';
import { factsOf, fieldRole, readFieldLine } from '../../readers/field-line.ts';
import type { NodeRole, OutlineNode } from '../../model/outline.ts';

/**
 * A numbered item with items under it groups them: its heading names the
 * group, and may give its period (`2. Kế hoạch phát triển giai đoạn 2026 -
 * 2030`, `(thực hiện hằng năm, từ năm 2026)`). A heading whose body is
 * paragraphs only is one task, its paragraphs' words (`4.1. Ứng dụng hệ
 * thống thông tin địa lý…` / `Nghiên cứu, ứng dụng GIS…`).
 */
export const group: TaskRule = {
  name: 'group',
  read({ node, scope, data }) {
    if (node.children.length === 0) return null;
    const items = node.children.some((child) => child.numbering || child.kind === 'table');
    if (!items && node.numbering) {
      if (scope.part !== 'work') return { kind: 'skip' };
      // Its paragraphs are the task; a field line among them (`Đơn vị chủ trì: …`) says who or when.
      const fields = node.children.map((child) => (child.kind === 'paragraph' ? readFieldLine(child.text) : null));
      const paragraphs = node.children.filter((child, index) => child.kind === 'paragraph' && !fields[index]);
      if (paragraphs.length === 0) return null;
      const facts = factsOf(fields.flatMap((line) => line ?? []), data.agencyHead);
      const given = { ...(facts.lead.length > 0 ? { lead: facts.lead, support: facts.support } : {}), ...(facts.timeframe ? { timeframe: facts.timeframe } : {}) };
      const text = paragraphs.map(nodeText).join(' ');
      const task = { ...draftTask(paragraphs[0]!, { ...scope, ...given, context: node.text }, data, { text }), context: node.text };
      if (facts.support.length > 0) task.support = facts.support;
      const roles = node.children.flatMap((child, index): Array<[OutlineNode, NodeRole]> => (fields[index] ? [[child, fieldRole(fields[index]!)]] : []));
      return { kind: 'tasks', tasks: [task], roles };
    }
    const scoped: Partial<Scope> = {};
    const period = GROUP_TIMEFRAME.exec(node.text) ?? (node.heading ? PERIOD_IN_HEADING.exec(node.text) : null);
    if (period) scoped.timeframe = readTimeframe(period.groups!.value ?? period[0]);
    if (!node.heading && LEAD_IN_END.test(node.text)) scoped.context = node.text;
    return { kind: 'descend', scope: scoped };
  },
};
