import { partKindOf } from '../part-kind.ts';
import type { TaskRule } from './rule.ts';

/**
 * A sub-part labelled for another purpose than its part (`6. Kinh phí thực
 * hiện` among the tasks, `2. Nội dung thi đua` under `II. ĐỐI TƯỢNG, NỘI
 * DUNG THI ĐUA`, `1. Hiện trạng`): its items are read as that part's.
 */
export const subPart: TaskRule = {
  name: 'sub-part',
  read({ node, scope }) {
    const part = partKindOf(node);
    if (part === scope.part || node.kind !== 'item') return null;
    if (node.children.length === 0) return part === 'other' ? { kind: 'skip' } : null;
    return { kind: 'descend', scope: { part, lead: [], support: [], agencyBlock: false, context: null } };
  },
};
