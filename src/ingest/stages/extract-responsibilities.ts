import type { OutlineNode } from '../model.ts';
import type { ReferenceData } from '../reference-data.ts';
import { RESPONSIBILITY_ROLES } from '../patterns/sections.ts';
import { ADDRESSEE_CLAUSE, LEAD_IN_END, REQUEST_PREFIX } from '../patterns/task-lines.ts';
import { agencyBeforePredicate, cleanAgencyName, isBareAgency } from '../readers/agency-list.ts';
import { nodeText } from './extract-tasks.ts';
import { outlinePath } from './segment-outline.ts';

/** One bullet or paragraph of an agency's block under TỔ CHỨC THỰC HIỆN. */
export interface ResponsibilityDraft {
  node: OutlineNode;
  agency: string;
  /** Outline path of the agency's item, e.g. `V.1`. */
  path: string;
  text: string;
}

/**
 * Each agency block of the organisation part: a numbered or lettered agency
 * heading with bullets under it (`1. Sở Giáo dục và Đào tạo`), a run-in label
 * (`7. Các sở, ban, ngành khác liên quan: …`), an addressee
 * (`Thứ nhất, đối với …: …`), or an item that opens with the agency and its
 * verb (`2. Ban Tuyên giáo … chủ trì …`). One record per bullet or paragraph.
 */
export function extractResponsibilities(root: OutlineNode, data: ReferenceData): ResponsibilityDraft[] {
  const records: ResponsibilityDraft[] = [];
  const visit = (node: OutlineNode, agency: { name: string; path: string } | null) => {
    for (const child of node.children) {
      if (child.kind === 'table' || child.kind === 'rule') continue;
      // Outside any agency's block, a bullet that opens with its agency (`- Sở Nội vụ hướng dẫn…`) is one.
      const own = agencyOf(child, data) ?? (agency || child.heading || child.children.length > 0 ? null : agencyOpening(child, data));
      if (own) {
        const context = { name: own.name, path: outlinePath(child) };
        if (own.text) records.push({ node: child, agency: own.name, path: context.path, text: own.text });
        visit(child, context);
      } else if (agency && child.children.length === 0 && !child.heading) {
        records.push({ node: child, agency: agency.name, path: agency.path, text: nodeText(child) });
      } else visit(child, agency);
    }
  };
  for (const part of root.children) if (part.section && RESPONSIBILITY_ROLES.has(part.section)) visit(part, null);
  return records;
}

/** The agency a numbered item speaks to, and the item's own text when it has one. */
function agencyOf(node: OutlineNode, data: ReferenceData): { name: string; text: string } | null {
  if (!node.numbering || node.numbering.style === 'bullet') return null;
  const text = nodeText(node);
  const addressee = ADDRESSEE_CLAUSE.exec(text);
  if (addressee) return named(addressee.groups!.agency!, addressee.groups!.text!);
  if (node.runIn && isBareAgency(node.runIn, data.agencyHead)) {
    return named(node.runIn, text.slice(node.runIn.length).trim());
  }
  if (isBareAgency(text, data.agencyHead)) return named(text, '');
  return agencyOpening(node, data);
}

/** `2. Ban Tuyên giáo … chủ trì …`, `- Đề nghị Ủy ban Mặt trận … phát huy …`: an item that opens with its agency and verb. */
function agencyOpening(node: OutlineNode, data: ReferenceData): { name: string; text: string } | null {
  const text = nodeText(node);
  const opening = agencyBeforePredicate(text.replace(REQUEST_PREFIX, ''));
  if (opening && data.agencyHead.test(opening.agency) && !LEAD_IN_END.test(opening.agency)) {
    return named(opening.agency, text);
  }
  return null;
}

function named(agency: string, text: string): { name: string; text: string } | null {
  const name = cleanAgencyName(agency);
  return name ? { name, text } : null;
}
