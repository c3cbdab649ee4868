import type { OutlineNode } from '../model/outline.ts';
import type { ReferenceData } from '../reference-data.ts';
import { CROSS_REFERENCE, CROSS_REFERENCE_PART, LETTER_STEP } from '../patterns/task-lines.ts';
import type { TaskDraft } from '../model/drafts.ts';
import { readAgencyHeading } from '../readers/agency-heading.ts';
import { nodeText } from '../model/outline-tree.ts';

/**
 * Layout "duties by reference" (17-bac-ninh-144): the organisation part gives
 * an agency the items of another part by their numbers, and those items name
 * no lead of their own.
 *
 *   **6. Sở Giáo dục và Đào tạo**
 *   Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục của Kế hoạch.
 *
 * Every task under IV.4.1 and IV.4.2 that has no lead is then led by it.
 * Returns how many tasks it gave a lead.
 */
export function applyCrossReferences(root: OutlineNode, tasks: TaskDraft[], data: ReferenceData): number {
  const given: Array<{ path: string; lead: string[] }> = [];
  const visit = (node: OutlineNode) => {
    if (node.section === 'organization' && node.kind !== 'table') {
      const reference = CROSS_REFERENCE.exec(nodeText(node));
      const lead = reference ? agencyOf(node, data) : null;
      if (reference && lead) given.push(...pathsOf(reference.groups!.parts!).map((path) => ({ path, lead })));
    }
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  // The narrower place first: `(IV)(3.4)(a)` to one agency, the rest of `(IV) (3)` to another.
  given.sort((a, b) => b.path.length - a.path.length);
  let led = 0;
  for (const { path, lead } of given) {
    for (const task of tasks) {
      if (task.lead.length > 0 || !(task.path === path || task.path.startsWith(`${path}.`))) continue;
      task.lead = lead;
      led++;
    }
  }
  return led;
}

/** The agency whose block holds the node (its own heading, or one above it). */
function agencyOf(node: OutlineNode, data: ReferenceData): string[] | null {
  for (let current: OutlineNode | null = node; current?.parent; current = current.parent) {
    const heading = readAgencyHeading(current, data, 'organisation');
    if (heading) return heading.lead;
  }
  return null;
}

/** `(IV) (4.1) (4.2)` → `IV.4.1`, `IV.4.2`; `(IV)(3.4)(a)` → `IV.3.4.a`; `IV.3.4` as written. */
function pathsOf(parts: string): string[] {
  const steps = [...parts.matchAll(CROSS_REFERENCE_PART)].map((step) => step.groups!.step!);
  if (steps.length === 0) return [];
  const [part, ...rest] = steps;
  if (rest.length === 0) return [part!];
  // `(4.1) (4.2)`: siblings of one level each name a place; `(3.4)(a)`: a letter goes deeper.
  const paths: string[] = [];
  for (const step of rest) {
    if (LETTER_STEP.test(step) && paths.length > 0) paths[paths.length - 1] += `.${step}`;
    else paths.push(`${part}.${step}`);
  }
  return paths;
}
