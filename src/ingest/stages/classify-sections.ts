import type { OutlineNode } from '../model.ts';
import { SECTION_ROLES } from '../patterns/sections.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';

/**
 * Give every node the role of the part it sits in, read from the heading of
 * the top-level part (`III. NHIỆM VỤ, GIẢI PHÁP` → tasks). Lower headings do
 * not change it: `6. Bố trí kinh phí…` under the tasks part holds tasks.
 */
export function classifySections(root: OutlineNode): void {
  let afterTargets = false;
  for (const part of root.children) {
    let role = part.heading && part.kind !== 'annex' ? roleOfHeading(part.text) : null;
    // A part that names its field (`III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ`) between the targets and the organisation holds tasks.
    if (role === null && part.heading && afterTargets) role = 'tasks';
    if (role === 'targets') afterTargets = true;
    if (role === 'organization') afterTargets = false;
    const mark = (node: OutlineNode) => {
      node.section = role;
      node.children.forEach(mark);
    };
    mark(part);
  }
}

function roleOfHeading(text: string) {
  const key = foldVietnamese(text).toLowerCase();
  return SECTION_ROLES.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}
