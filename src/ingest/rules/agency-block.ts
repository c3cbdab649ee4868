import type { OutlineNode } from '../model.ts';
import type { ReferenceData } from '../reference-data.ts';
import { ADDRESSEE_CLAUSE, LEAD_IN_END } from '../patterns/task-lines.ts';
import { cleanAgencyName, isBareAgencyList, readDutiesSubject, readLeadDeclaration, splitAgencyList } from '../readers/agency-list.ts';
import { draftTask, nodeText } from './draft-task.ts';
import type { PartKind, TaskRule } from './rule.ts';

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

/**
 * Layout "agency blocks" (001 seed, 01-can-tho-159, 09-nghe-an-987,
 * 17-bac-ninh-144, 20-thu-tuong-2530): a block headed by the agency whose
 * duties its items are.
 *
 *   **1. Sở Khoa học và Công nghệ**
 *   - Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông…
 *   - Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, …) để…
 *
 * Each item is a task the agency leads. A block written as one paragraph is
 * a task in a part that lists work (`III. PHÂN CÔNG NHIỆM VỤ`) and only a
 * responsibility under the organisation (TỔ CHỨC THỰC HIỆN).
 */
export const agencyBlock: TaskRule = {
  name: 'agency-block',
  read({ node, scope, data }) {
    if (node.kind !== 'item' && !(node.kind === 'paragraph' && LEAD_IN_END.test(node.text) && node.children.length > 0)) return null;
    const heading = readAgencyHeading(node, data, scope.part);
    if (!heading) return null;
    if (node.children.length > 0) {
      return { kind: 'descend', scope: { lead: heading.lead, support: heading.support, agencyBlock: scope.part === 'organisation', context: null }, role: 'lead' };
    }
    if (!heading.text) return null;
    if (scope.part === 'organisation') return { kind: 'skip' };
    return { kind: 'tasks', tasks: [draftTask(node, { ...scope, lead: heading.lead, support: heading.support, agencyBlock: true }, data)] };
  },
};

/**
 * A line that names who leads the items after it, with nothing to do of its
 * own: `Sở Tài chính chủ trì, phối hợp với các sở, ngành:`, `…, các cơ quan,
 * đơn vị, địa phương phối hợp thực hiện các hoạt động sau:`.
 */
export const leadLine: TaskRule = {
  name: 'lead-line',
  read({ node, data }) {
    if (node.children.length > 0) return null;
    const declaration = readLeadDeclaration(node.text, data.agencyHead);
    if (declaration && (node.heading || (LEAD_IN_END.test(node.text) && declaration.action === ''))) {
      return { kind: 'scope', scope: { lead: declaration.lead, support: declaration.support }, role: 'lead', after: true };
    }
    // `Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:`
    const announced = readDutiesSubject(node.text, data.agencyHead);
    return announced ? { kind: 'scope', scope: { lead: announced, support: [] }, role: 'lead', after: true } : null;
  },
};
