import type { NodeRole, OutlineNode } from '../../model/outline.ts';
import { partTop } from '../../model/outline-tree.ts';
import { readFieldBlock } from '../../readers/field-block.ts';
import { readFieldLine } from '../../readers/field-line.ts';
import { readOwnTimeframe } from '../../readers/timeframe.ts';
import { newTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';

/** A container whose items are fields (`Nội dung:`, `Cơ quan thực hiện:`, `Thời gian thực hiện:`): one task per content line. */
export const fieldBlock: TaskRule = {
  name: 'field-block',
  read({ node, scope, data }) {
    if (node.children.length === 0) return null;
    const fields = readFieldBlock(node, data.agencyHead);
    if (!fields) return null;
    const tasks = fields.tasks.map(({ node: field, text }) =>
      newTask(field, {
        group: node.numbering && partTop(node) ? node : scope.group,
        text,
        context: scope.context,
        lead: fields.lead.length > 0 ? fields.lead : scope.lead,
        support: fields.lead.length > 0 ? fields.support : scope.support,
        timeframe: fields.timeframe ?? readOwnTimeframe(text) ?? scope.timeframe,
      }),
    );
    const roles = fields.labels.map((label): [OutlineNode, NodeRole] => [label, readFieldLine(label.text)!.some((field) => field.kind !== 'timeframe') ? 'lead' : 'timeframe']);
    return { kind: 'tasks', tasks, roles, settled: true };
  },
};
