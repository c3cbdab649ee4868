import { LEAD_IN_END } from '../patterns/task-lines.ts';
import { readDutiesSubject, readLeadDeclaration } from '../readers/agency-list.ts';
import { readAgencyHeading } from '../readers/agency-heading.ts';
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

/**
 * A line that names who leads the items after it, with nothing to do of its
 * own: `Sở Tài chính chủ trì, phối hợp với các sở, ngành:`, `…, các cơ quan,
 * đơn vị, địa phương phối hợp thực hiện các hoạt động sau:`. Under the
 * organisation, the items after `1. Giao phòng X triển khai, thực hiện các
 * công việc liên quan:` (Word numbering them `2.`, `3.` beside it) are that
 * agency's duties.
 */
export const leadLine: TaskRule = {
  name: 'lead-line',
  read({ node, scope, data }) {
    if (node.children.length > 0) return null;
    const declaration = readLeadDeclaration(node.text, data.agencyHead);
    if (declaration && (node.heading || (LEAD_IN_END.test(node.text) && declaration.action === ''))) {
      return { kind: 'scope', scope: { lead: declaration.lead, support: declaration.support }, role: 'lead', after: true };
    }
    // `Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:`
    const announced = readDutiesSubject(node.text, data.agencyHead);
    if (!announced) return null;
    return { kind: 'scope', scope: { lead: announced, support: [], ...(scope.part === 'organisation' ? { agencyBlock: true } : {}) }, role: 'lead', after: true };
  },
};
