import type { OutlineNode } from '../model.ts';
import type { ReferenceData } from '../reference-data.ts';
import { RESPONSIBILITY_ROLES } from '../patterns/sections.ts';
import { LEAD_IN_END } from '../patterns/task-lines.ts';
import { readOpeningAgencies } from '../readers/agency-list.ts';
import { namedAgencies, readAgencyHeading } from '../readers/agency-heading.ts';
import { nodeText, outlinePath } from '../outline.ts';

/** One bullet or paragraph of an agency's block under TỔ CHỨC THỰC HIỆN. */
export interface ResponsibilityDraft {
  node: OutlineNode;
  /** The agencies the block is addressed to, as its heading or opening words name them. */
  agencies: string[];
  /** Outline path of the agency's item, e.g. `V.1`. */
  path: string;
  text: string;
}

/**
 * Each agency block of the organisation part (and of PHÂN CÔNG NHIỆM VỤ): a
 * heading, run-in label or addressee naming the agency with its duties under
 * it (read as the task rules read it, rules/agency-block.ts), or an item that
 * opens with the agencies and their verb (`2. Ban Tuyên giáo … chủ trì …`,
 * `n) Đề nghị Ủy ban Trung ương Mặt trận … và các tổ chức …`, `1. Căn cứ kế
 * hoạch này, Giám đốc các Sở, Thủ trưởng các ngành… xây dựng…`). One record
 * per bullet or paragraph.
 */
export function extractResponsibilities(root: OutlineNode, data: ReferenceData): ResponsibilityDraft[] {
  const records: ResponsibilityDraft[] = [];
  const visit = (node: OutlineNode, agency: { names: string[]; path: string } | null) => {
    for (const child of node.children) {
      if (child.kind === 'table' || child.kind === 'rule') continue;
      const heading = child.numbering ? readAgencyHeading(child, data, 'organisation') : null;
      // Outside any agency's block, an item that opens with its agencies (`- Sở Nội vụ hướng dẫn…`) is one.
      const opening = heading || agency || child.heading || child.children.length > 0 ? null : openingOf(child, data);
      if (heading ?? opening) {
        const names = (heading ?? opening)!.lead;
        const context = { names, path: outlinePath(child) };
        const text = heading ? heading.text : nodeText(child);
        if (text) records.push({ node: child, agencies: names, path: context.path, text });
        visit(child, context);
      } else if (agency && child.children.length === 0 && !child.heading) {
        records.push({ node: child, agencies: agency.names, path: agency.path, text: nodeText(child) });
      } else visit(child, agency);
    }
  };
  for (const part of root.children) if (part.section && RESPONSIBILITY_ROLES.has(part.section)) visit(part, null);
  return records;
}

/** The agencies an item opens with, after a request (`Đề nghị`) or an opening clause (`Căn cứ kế hoạch này,`). */
function openingOf(node: OutlineNode, data: ReferenceData): { lead: string[] } | null {
  const text = nodeText(node);
  if (LEAD_IN_END.test(text)) return null;
  const subject = readOpeningAgencies(text, data.agencyHead);
  return subject ? { lead: namedAgencies(subject, data) } : null;
}
