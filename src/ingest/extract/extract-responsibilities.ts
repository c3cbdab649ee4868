import type { OutlineNode } from '../model/outline.ts';
import type { ResponsibilityDraft } from '../model/drafts.ts';
import type { ReferenceData } from '../reference-data.ts';
import { RESPONSIBILITY_ROLES } from '../patterns/sections.ts';
import { LEAD_IN_END } from '../patterns/task-lines.ts';
import { readOpeningAgencies } from '../readers/agency-list.ts';
import { namedAgencies, readAgencyHeading } from '../readers/agency-heading.ts';
import { nodeText, outlinePath } from '../model/outline-tree.ts';
import { FRONT_WITH_MEMBERS } from '../patterns/agency-names.ts';
import { readFieldLine } from '../readers/field-line.ts';

/**
 * Each agency block of the organisation part (and of PHÂN CÔNG NHIỆM VỤ, and
 * of any part written as agency blocks, `II. NỘI DUNG THỰC HIỆN` / `1. Sở Y tế`): a
 * heading, run-in label or addressee naming the agency with its duties under
 * it (read as the task rules read it, rules/agency-block.ts), or an item that
 * opens with the agencies and their verb (`2. Ban Tuyên giáo … chủ trì …`,
 * `n) Đề nghị Ủy ban Trung ương Mặt trận … và các tổ chức …`, `1. Căn cứ kế
 * hoạch này, Giám đốc các Sở, Thủ trưởng các ngành… xây dựng…`). One record
 * per bullet or paragraph.
 */
export function extractResponsibilities(root: OutlineNode, data: ReferenceData): ResponsibilityDraft[] {
  const records: ResponsibilityDraft[] = [];
  const visit = (children: OutlineNode[], agency: { names: string[]; label: string; path: string } | null) => {
    for (const child of children) {
      if (child.kind === 'table' || child.kind === 'rule') continue;
      const heading = child.numbering ? readAgencyHeading(child, data, 'organisation') : null;
      // Outside any agency's block, an item that opens with its agencies (`- Sở Nội vụ hướng dẫn…`) is one.
      const opening = heading || agency || child.heading || child.children.length > 0 ? null : openingOf(child, data);
      if (heading ?? opening) {
        const names = (heading ?? opening)!.lead;
        const written = heading?.written ?? '';
        const context = { names, label: FRONT_WITH_MEMBERS.test(written) ? written : names.join('; '), path: outlinePath(child) };
        const text = heading ? heading.text : nodeText(child);
        if (text) records.push({ node: child, agencies: names, agency: context.label, path: context.path, text });
        visit(child.children, context);
      } else if (agency && child.children.length === 0 && !child.heading && !readFieldLine(child.text)) {
        records.push({ node: child, agencies: agency.names, agency: agency.label, path: agency.path, text: nodeText(child) });
      } else visit(child.children, agency);
    }
  };
  const visitParts = (node: OutlineNode) => {
    for (const part of node.children) {
      if (part.kind === 'table') continue;
      const duties = (part.section && RESPONSIBILITY_ROLES.has(part.section)) || (node === root && writtenAsAgencyBlocks(part, data));
      // A directive's duty is a part of its own: `2. Sở Giáo dục và Đào tạo` / `a) …`.
      if (duties) visit(node === root && part.kind === 'item' && part.numbering?.style !== 'roman' ? [part] : part.children, null);
      // `7. Phân công trách nhiệm` among the tasks: a sub-part of duties.
      else visitParts(part);
    }
  };
  visitParts(root);
  return records;
}

/** Fewest agency blocks, and their share of a part's numbered items, that make a part written as agency blocks. */
const AGENCY_BLOCKS = 2;
const AGENCY_BLOCK_SHARE = 0.5;

/** A part whose numbered items are mostly agencies' blocks (`1. Sở Y tế` / `a) Chủ trì…`, `2. Sở Tài chính` …). */
function writtenAsAgencyBlocks(part: OutlineNode, data: ReferenceData): boolean {
  const items = part.children.filter((child) => child.kind === 'item' && child.numbering && child.numbering.style !== 'bullet');
  const blocks = items.filter((item) => readAgencyHeading(item, data, 'organisation')?.named).length;
  return blocks >= AGENCY_BLOCKS && blocks >= AGENCY_BLOCK_SHARE * items.length;
}

/** The agencies an item opens with, after a request (`Đề nghị`) or an opening clause (`Căn cứ kế hoạch này,`). */
function openingOf(node: OutlineNode, data: ReferenceData): { lead: string[] } | null {
  const text = nodeText(node);
  if (LEAD_IN_END.test(text)) return null;
  const subject = readOpeningAgencies(text, data.agencyHead);
  return subject ? { lead: namedAgencies(subject, data) } : null;
}
