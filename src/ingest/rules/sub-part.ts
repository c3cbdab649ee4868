import type { OutlineNode } from '../model/outline.ts';
import { RESPONSIBILITY_ROLES, TASK_ROLES } from '../patterns/sections.ts';
import type { PartKind } from '../model/outline.ts';
import type { TaskRule } from './rule.ts';

/** What a node's part (its own label, else its top-level part's heading) makes of its items. */
export function partKindOf(node: OutlineNode): PartKind {
  if (node.section === 'organization') return 'organisation';
  if (node.section && TASK_ROLES.has(node.section)) return 'work';
  return 'other';
}

/** Whether a part's agency blocks are also each agency's responsibility. */
export function holdsResponsibilities(node: OutlineNode): boolean {
  return node.section !== null && RESPONSIBILITY_ROLES.has(node.section);
}

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

/** In a part that lists no work (purpose, targets, funding…) only what is labelled otherwise, or a table of tasks, holds tasks. */
export const noWork: TaskRule = {
  name: 'no-work',
  read({ node, scope }) {
    if (scope.part !== 'other') return null;
    return node.children.length > 0 && node.kind !== 'table' ? { kind: 'descend', scope: {} } : { kind: 'skip' };
  },
};
