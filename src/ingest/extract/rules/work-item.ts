import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';
import { partTop } from '../../model/outline-tree.ts';
import { WORK_OPENING } from '../../patterns/work-verbs.ts';
import { ASSIGNING_OPENING } from '../../patterns/task-lines.ts';

/**
 * An item of a part that lists work is a task. Under the organisation an
 * item is a task when it is one of an agency's duties or sits under a
 * heading; an item that stands alone there, or one that opens with its
 * agency and says it all in one paragraph, is that agency's responsibility.
 */
export const workItem: TaskRule = {
  name: 'work-item',
  read({ node, scope, data }) {
    if (!node.numbering || node.children.length > 0) return null;
    if (scope.part === 'organisation' && !scope.agencyBlock) {
      const standsAlone = partTop(node);
      const agencyFirst = node.numbering.style !== 'bullet' && data.agencyHead.test(node.text.replace(ASSIGNING_OPENING, ''));
      if (standsAlone || agencyFirst) return { kind: 'skip' };
    }
    // `**1. Rà soát, sắp xếp mạng lưới trường, lớp học …, hoàn thành trong năm 2026**` with nothing under it: a heading that is work.
    if (node.heading && !WORK_OPENING.test(node.text)) return { kind: 'skip', warning: 'without tasks, expected bullets or paragraphs under it' };
    return { kind: 'tasks', tasks: [draftTask(node, scope, data)] };
  },
};
