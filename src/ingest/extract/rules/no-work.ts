import type { TaskRule } from './rule.ts';

/** In a part that lists no work (purpose, targets, funding…) only what is labelled otherwise, or a table of tasks, holds tasks. */
export const noWork: TaskRule = {
  name: 'no-work',
  read({ node, scope }) {
    if (scope.part !== 'other') return null;
    return node.children.length > 0 && node.kind !== 'table' ? { kind: 'descend', scope: {} } : { kind: 'skip' };
  },
};
