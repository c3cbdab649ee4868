import type { OutlineNode, PartKind } from '../model.ts';
import type { ReferenceData } from '../reference-data.ts';
import { ADDRESSEE_CLAUSE, LEAD_IN_END } from '../patterns/task-lines.ts';
import { nodeText } from '../outline.ts';
import {
  cleanAgencyName,
  isBareAgencyList,
  readDutiesSubject,
  readLeadDeclaration,
  splitAgencyList,
} from './agency-list.ts';

/** The agencies a block is addressed to, and who they work with. */
export interface AgencyHeading {
  lead: string[];
  support: string[];
  /** The words after a run-in label (`6. Sở Nội vụ: Tham mưu…`), empty for a heading. */
  text: string;
}

/**
 * The agencies a heading names, one after another, unless the alias file
 * names the whole as one (`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ
 * chức chính trị - xã hội`, `Các cấp ủy Đảng, chính quyền các cấp`).
 */
export function namedAgencies(written: string, data: ReferenceData): string[] {
  const whole = cleanAgencyName(written.replace(/[:.\s]+$/u, ''));
  return whole && data.isKnownAgency(whole) ? [whole] : splitAgencyList(written, data.agencyHead);
}

/** A trailing `(cơ quan chủ trì)`, `(Cơ quan thường trực)`: said of the agency, not part of its name. */
const ROLE_NOTE = /\s*\([^()]*\)\s*$/u;

/**
 * The agency a block names as the one whose items follow: a heading that is
 * a name (`1. Sở Y tế`, `5. Các sở ngành liên quan, Viện Nghiên cứu…`,
 * `1. Sở Tài chính (cơ quan chủ trì)`), a run-in label (`**6. Sở Nội vụ:**
 * Tham mưu…`), a lead declaration (`1.2. Sở X chủ trì, phối hợp với Y`), an
 * addressee (`Thứ nhất, đối với …:`) or duties announced (`Giao Sở X thực
 * hiện các nhiệm vụ sau:`, `m) Ủy ban nhân dân các tỉnh … chịu trách nhiệm
 * …, cụ thể:`).
 */
export function readAgencyHeading(node: OutlineNode, data: ReferenceData, part: PartKind): AgencyHeading | null {
  const { agencyHead } = data;
  const text = nodeText(node);
  const named = (written: string) => namedAgencies(written, data);
  if (node.runIn && isBareAgencyList(node.runIn.replace(ROLE_NOTE, ''), agencyHead)) {
    return { lead: named(node.runIn.replace(/:\s*$/u, '').replace(ROLE_NOTE, '')), support: [], text: text.slice(node.runIn.length).trim() };
  }
  const addressee = ADDRESSEE_CLAUSE.exec(text);
  if (addressee && agencyHead.test(addressee.groups!.agency!)) {
    return { lead: named(addressee.groups!.agency!), support: [], text: addressee.groups!.text! };
  }
  const name = node.text.replace(/[:.\s]+$/u, '').replace(ROLE_NOTE, '');
  if (node.numbering && isBareAgencyList(name, agencyHead) && (node.heading || node.children.length > 0 || LEAD_IN_END.test(node.text))) {
    return { lead: named(name), support: [], text: '' };
  }
  const declaration = readLeadDeclaration(node.text, agencyHead);
  if (declaration && (node.heading || node.children.length > 0 || (LEAD_IN_END.test(node.text) && declaration.action === ''))) {
    return { lead: declaration.lead, support: declaration.support, text: '' };
  }
  // Under the organisation a numbered heading over duties names whom they are for, however it words it:
  // `5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp`.
  if (part === 'organisation' && node.numbering && node.numbering.style !== 'bullet' && node.heading && agencyHead.test(name) && !/[.;]/u.test(name)) {
    return { lead: named(name), support: [], text: '' };
  }
  const announced = node.children.length > 0 ? readDutiesSubject(node.text, agencyHead) : null;
  if (announced) return { lead: announced, support: [], text: '' };
  return null;
}
