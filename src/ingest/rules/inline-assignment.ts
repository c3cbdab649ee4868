import { ASSIGNMENT_VERB, REQUEST_PREFIX, RESPONSIBILITY_VERB, SENTENCE_BREAK } from '../patterns/task-lines.ts';
import { agencyBeforePredicate, readLeadDeclaration, splitAgencyList } from '../readers/agency-list.ts';

/**
 * Layout "inline assignment": who leads a task, said inside its own text
 * rather than in a heading or a label.
 *
 *   …, giao Sở Y tế thành lập đoàn tổ chức kiểm tra…       (03-can-tho-157)
 *   Giao Công an tỉnh chủ trì, phối hợp với Văn phòng…     (10-nghe-an-1026)
 *   Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương… (08-dak-lak-0130: the agency is the subject)
 *   …từ sớm. Sở Tài chính chủ trì phối hợp Sở Nội vụ…      (a later sentence, no comma)
 */
export function readInlineAssignment(
  text: string,
  agencyHead: RegExp,
  collective: RegExp,
): { lead: string[]; support: string[] } | null {
  for (const match of text.matchAll(ASSIGNMENT_VERB)) {
    const rest = text.slice(match.index + match[0].length);
    if (!agencyHead.test(rest)) continue;
    const declaration = readLeadDeclaration(rest, agencyHead);
    if (declaration) return { lead: declaration.lead, support: declaration.support };
    const subject = agencyBeforePredicate(rest);
    if (subject) return { lead: splitAgencyList(subject.agency, agencyHead), support: [] };
  }
  // `Đề nghị Văn phòng Tỉnh ủy và các Ban…, Chi cục Hải quan khu vực XI tăng cường…`: a request names whom it asks,
  // `Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm…`: a duty names whom it binds, one agency or many.
  const addressed = agencyBeforePredicate(text.replace(REQUEST_PREFIX, ''));
  if (addressed && agencyHead.test(addressed.agency) && (REQUEST_PREFIX.test(text) || RESPONSIBILITY_VERB.test(addressed.rest))) {
    return { lead: splitAgencyList(addressed.agency, agencyHead), support: [] };
  }
  // `Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương…`: one named agency is the subject of the task.
  // A collective subject (`Các cấp ủy, tổ chức đảng…`) names no one to ask.
  const subject = agencyBeforePredicate(text);
  if (subject && agencyHead.test(subject.agency) && !collective.test(subject.agency) && !/[,;]/u.test(subject.agency)) {
    return { lead: splitAgencyList(subject.agency, agencyHead), support: [] };
  }
  for (const sentence of text.split(SENTENCE_BREAK).slice(1)) {
    const declaration = readLeadDeclaration(sentence, agencyHead);
    if (declaration) return { lead: declaration.lead, support: declaration.support };
  }
  return null;
}
