import type { OutlineNode, PartKind } from '../model/outline.ts';
import type { ReferenceData } from '../reference-data.ts';
import { ADDRESSEE_CLAUSE, LEAD_IN_END, REQUEST_PREFIX } from '../patterns/task-lines.ts';
import { nodeText } from '../model/outline-tree.ts';
import {
  cleanAgencyName,
  isBareAgencyList,
  readDutiesSubject,
  readLeadDeclaration,
  splitAgencyList,
} from './agency-list.ts';
import { COLON_END, LABEL_END, SENTENCE_STOP } from '../patterns/text.ts';
import { AGENCY_LABEL, ROLE_NOTE } from '../patterns/agency-names.ts';

/** The agencies a block is addressed to, and who they work with. */
export interface AgencyHeading {
  lead: string[];
  support: string[];
  /** The words after a run-in label (`6. Sở Nội vụ: Tham mưu…`), empty for a heading. */
  text: string;
  /** The agencies as the heading writes them, without `Đề nghị`: `Ủy ban Mặt trận … thành phố và các Đoàn thể`. */
  written: string;
  /** The block is headed by the agency's name (`1. Sở Y tế`, `2. Sở Tài chính: …`), not by a sentence naming it (`Sở X chủ trì, phối hợp …`). */
  named: boolean;
}

/**
 * The agencies a heading names, one after another, unless the alias file
 * names the whole as one (`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ
 * chức chính trị - xã hội`, `Các cấp ủy Đảng, chính quyền các cấp`).
 */
export function namedAgencies(written: string, data: ReferenceData): string[] {
  const whole = cleanAgencyName(written.replace(LABEL_END, ''));
  return whole && data.isKnownAgency(whole) ? [whole] : splitAgencyList(written, data.agencyHead);
}

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
  const heading = (written: string, rest: string, lead = named(written), support: string[] = [], isName = true): AgencyHeading => ({
    lead,
    support,
    text: rest,
    written: cleanAgencyName(written.replace(LABEL_END, '')) ?? written,
    named: isName,
  });
  if (node.runIn && isBareAgencyList(node.runIn.replace(ROLE_NOTE, ''), agencyHead)) {
    return heading(node.runIn.replace(COLON_END, '').replace(ROLE_NOTE, ''), text.slice(node.runIn.length).trim());
  }
  const addressee = ADDRESSEE_CLAUSE.exec(text);
  if (addressee && agencyHead.test(addressee.groups!.agency!)) return heading(addressee.groups!.agency!, addressee.groups!.text!);
  // `2. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, …`, `12. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương …`.
  const labelled = node.numbering ? AGENCY_LABEL.exec(text) : null;
  if (labelled && isBareAgencyList(labelled.groups!.name!.replace(ROLE_NOTE, ''), agencyHead)) {
    return heading(labelled.groups!.name!.replace(ROLE_NOTE, ''), labelled.groups!.rest!);
  }
  const name = node.text.replace(LABEL_END, '').replace(ROLE_NOTE, '');
  if (node.numbering && isBareAgencyList(name, agencyHead) && (node.heading || node.children.length > 0 || LEAD_IN_END.test(node.text))) {
    return heading(name, '');
  }
  const declaration = readLeadDeclaration(node.text, agencyHead);
  if (declaration && (node.heading || node.children.length > 0 || (LEAD_IN_END.test(node.text) && declaration.action === ''))) {
    return heading(declaration.lead.join(', '), '', declaration.lead, declaration.support, false);
  }
  // Under the organisation a numbered heading over duties names whom they are for, however it words it:
  // `5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp`, `6. Đề nghị các tổ chức cung cấp dịch vụ chi trả`.
  const addressed = name.replace(REQUEST_PREFIX, '');
  if (part === 'organisation' && node.numbering && node.numbering.style !== 'bullet' && node.heading && agencyHead.test(addressed) && !SENTENCE_STOP.test(name)) {
    return heading(addressed, '');
  }
  const announced = node.children.length > 0 ? readDutiesSubject(node.text, agencyHead) : null;
  if (announced) return heading(announced.join(', '), '', announced, [], false);
  return null;
}

