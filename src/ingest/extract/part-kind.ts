import type { OutlineNode, PartKind } from '../model/outline.ts';
import { TASK_ROLES } from '../patterns/sections.ts';

/** What a node's part (its own label, else its top-level part's heading) makes of its items. */
export function partKindOf(node: OutlineNode): PartKind {
  if (node.section === 'organization') return 'organisation';
  if (node.section && TASK_ROLES.has(node.section)) return 'work';
  return 'other';
}
