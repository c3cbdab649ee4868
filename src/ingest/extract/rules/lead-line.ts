import { LEAD_IN_END } from '../../patterns/task-lines.ts';
import { readDutiesSubject, readLeadDeclaration } from '../../readers/agency-list.ts';
import type { TaskRule } from './rule.ts';

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
