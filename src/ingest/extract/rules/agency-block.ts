import { LEAD_IN_END } from '../../patterns/task-lines.ts';
import { readAgencyHeading } from '../../readers/agency-heading.ts';
import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';

/**
 * Layout "agency blocks" (001 seed, 01-can-tho-159, 09-nghe-an-987,
 * 17-bac-ninh-144, 20-thu-tuong-2530): a block headed by the agency whose
 * duties its items are.
 *
 *   **1. Sở Khoa học và Công nghệ**
 *   - Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông…
 *   - Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, …) để…
 *
 * Each item is a task the agency leads. A block written as one paragraph is
 * a task in a part that lists work (`III. PHÂN CÔNG NHIỆM VỤ`) and only a
 * responsibility under the organisation (TỔ CHỨC THỰC HIỆN).
 */
export const agencyBlock: TaskRule = {
  name: 'agency-block',
  read({ node, scope, data }) {
    if (node.kind !== 'item' && !(node.kind === 'paragraph' && LEAD_IN_END.test(node.text) && node.children.length > 0)) return null;
    const heading = readAgencyHeading(node, data, scope.part);
    if (!heading) return null;
    if (node.children.length > 0) {
      return { kind: 'descend', scope: { lead: heading.lead, support: heading.support, agencyBlock: scope.part === 'organisation', context: null }, role: 'lead' };
    }
    if (!heading.text) return null;
    if (scope.part === 'organisation') return { kind: 'skip' };
    return { kind: 'tasks', tasks: [draftTask(node, { ...scope, lead: heading.lead, support: heading.support, agencyBlock: true }, data)] };
  },
};
