import {
  DUTY_QUALIFIER,
  LIST_BULLET,
  NAME_END_ADVERBS,
  ORGANISATION_NOUN,
  PREDICATE_VERBS,
  CLOSING_NOTE,
  LIST_SEPARATOR,
  LOWERCASE_PLURAL,
  NAMED_MEMBERS,
  OPENING_CLAUSE,
  REQUEST_LEAD_IN,
  ROLE_CLAUSE,
} from '../patterns/agency-names.ts';
import type { ReferenceData } from '../reference-data.ts';
import {
  ASSIGNMENT_VERB,
  DUTIES_LEAD_IN,
  LEAD_DECLARATION,
  REQUEST_PREFIX,
  RESPONSIBILITY_VERB,
  SENTENCE_BREAK,
  SUPPORT_CLAUSE,
  SUPPORT_PHRASE,
} from '../patterns/task-lines.ts';
import {
  COLON_END,
  LABEL_END,
  PHRASE_END,
  SEMICOLON_LIST,
  wordsIn,
  COMMAS_OPENING,
  COMMA_BREAK,
  COMMA_OPENING,
  SENTENCE_STOP,
} from '../patterns/text.ts';

/**
 * `<predicate verb>` as a whole word, not the noun in `các tổ chức` nor the
 * participle in `được phân công`; or an adverb before the verb.
 */
const PREDICATE = predicate([...PREDICATE_VERBS, ...NAME_END_ADVERBS]);

/** A verb only (no adverb): in a lead's words it means a clause, not a name. */
const VERB = predicate(PREDICATE_VERBS);

function predicate(words: readonly string[]): RegExp {
  return new RegExp(
    `,?\\s*(?<![\\p{L}])(?<!các\\s)(?<!Các\\s)(?<!được\\s)(?<![Vv]iện\\s)(?!${ORGANISATION_NOUN.source})(?:${words.join('|')}|(?<![Nn]ghiên cứu\\s)phát triển)(?![\\p{L}])`,
    'u',
  );
}

/**
 * Split `Sở Giáo dục và Đào tạo, các sở, ngành, cơ quan và UBND xã, phường`
 * into agencies. A comma or `và` splits only where a new agency name begins,
 * so `Sở Văn hóa, Thể thao và Du lịch` and `các sở, ban, ngành` stay whole.
 */
export function splitAgencyList(text: string, agencyHead: RegExp): string[] {
  const names: string[] = [];
  let current = '';
  let cursor = 0;
  const body = text.replace(REQUEST_PREFIX, '').replace(LIST_BULLET, '');
  for (const separator of body.matchAll(LIST_SEPARATOR)) {
    const rest = body.slice(separator.index + separator[0].length).replace(LIST_BULLET, '');
    current += body.slice(cursor, separator.index);
    cursor = separator.index + separator[0].length;
    if (separator[0].includes(';') || agencyHead.test(rest)) {
      names.push(current);
      current = '';
      cursor += body.slice(cursor).length - rest.length;
    } else current += separator[0];
  }
  names.push(current + body.slice(cursor));
  return names.map(cleanAgencyName).filter((name): name is string => name !== null);
}

/** Trim list punctuation, `Đề nghị` and a closing note on a unit (`Sở Nội vụ (Ban Thi đua - Khen thưởng)`), capitalise: `- các CSGD;` → `Các CSGD`. */
export function cleanAgencyName(name: string): string | null {
  const trimmed = name
    .replace(LIST_BULLET, '')
    .replace(REQUEST_PREFIX, '')
    .replace(DUTY_QUALIFIER, '')
    .replace(PHRASE_END, '')
    .replace(CLOSING_NOTE, '')
    .trim();
  if (!trimmed) return null;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** The text before the first predicate verb: `Ban Tuyên giáo Thành ủy định hướng …` → `Ban Tuyên giáo Thành ủy`. */
export function agencyBeforePredicate(text: string): { agency: string; rest: string } | null {
  const match = PREDICATE.exec(text);
  if (!match || match.index === 0) return null;
  return { agency: text.slice(0, match.index).trim(), rest: text.slice(match.index).replace(COMMAS_OPENING, '') };
}

/** A line that is nothing but an agency: `Sở Văn hóa, Thể thao và Du lịch`, `Công an tỉnh`. */
export function isBareAgency(text: string, agencyHead: RegExp): boolean {
  const name = text.replace(REQUEST_PREFIX, '').replace(LABEL_END, '');
  return agencyHead.test(name) && !PREDICATE.test(name) && name.length <= 160 && !SENTENCE_STOP.test(name);
}

/** A line that is nothing but agencies, one after another after `;`: `Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ`. */
export function isBareAgencyList(text: string, agencyHead: RegExp): boolean {
  return text
    .replace(LABEL_END, '')
    .split(SEMICOLON_LIST)
    .every((name) => isBareAgency(name, agencyHead));
}

export interface LeadDeclaration {
  lead: string[];
  support: string[];
  /** What is left after the agencies: the action, or nothing for a pure declaration. */
  action: string;
}

/**
 * `Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị và địa phương tham mưu cho UBND tỉnh`
 * → lead `Sở Tài chính`, support `Các sở, ban, ngành, đơn vị và địa phương`, action `tham mưu cho UBND tỉnh`.
 */
export function readLeadDeclaration(text: string, agencyHead: RegExp): LeadDeclaration | null {
  const match = LEAD_DECLARATION.exec(text.replace(COLON_END, ''));
  if (!match) return null;
  // `Giao Sở X là cơ quan đầu mối, chủ trì …`: what the agency is said to be is no part of its name.
  const leadText = match.groups!.lead!.replace(DUTY_QUALIFIER, '').replace(ROLE_CLAUSE, '');
  // `Các cơ quan … tổng hợp biểu mẫu … (do Sở, ban ngành chủ trì …)`: the `chủ trì` of a clause, not of the subject.
  if (!agencyHead.test(leadText.replace(REQUEST_PREFIX, '')) || VERB.test(leadText)) return null;
  const rest = match.groups!.rest ?? '';
  const support = SUPPORT_CLAUSE.exec(rest);
  const supported = support ? readSupportList(support.groups!.support!, agencyHead) : null;
  return {
    lead: splitAgencyList(leadText, agencyHead),
    support: supported?.agencies ?? [],
    action: (supported ? supported.action : rest.replace(COMMA_OPENING, '')).trim(),
  };
}

/**
 * `các sở, ban, ngành tham mưu cho UBND tỉnh` → the agencies, and the action
 * that follows them; `các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)` → the
 * agencies the brackets name.
 */
export function readSupportList(text: string, agencyHead: RegExp): { agencies: string[]; action: string } {
  const cut = agencyBeforePredicate(text);
  const agencies = cut?.agency ?? text;
  const members = NAMED_MEMBERS.exec(agencies);
  return { agencies: splitAgencyList(members ? members.groups!.members!.replaceAll(',', ';') : agencies, agencyHead), action: cut?.rest ?? '' };
}

/**
 * The words naming the agencies a sentence opens with, as the subject of its verb: `Ban
 * Tuyên giáo … chủ trì …`, `Đề nghị Ủy ban … và các tổ chức … phát huy…`,
 * or after an opening clause, `Căn cứ kế hoạch này, Giám đốc các Sở, Thủ
 * trưởng các ngành… xây dựng…`, `Trong quá trình tổ chức thực hiện, các cơ
 * quan, đơn vị chủ trì…`.
 */
export function readOpeningAgencies(text: string, agencyHead: RegExp): string | null {
  const clause = OPENING_CLAUSE.exec(text);
  for (const start of clause ? [0, clause[0].length] : [0]) {
    const rest = text.slice(start).replace(REQUEST_PREFIX, '');
    const subject = agencyHead.test(rest) ? agencyBeforePredicate(rest) : null;
    if (subject) return subject.agency;
  }
  return null;
}

/**
 * Whom a directive's preamble asks to do the duties that follow: `… yêu cầu
 * các cấp ủy, tổ chức đảng, chính quyền … các cấp tập trung lãnh đạo, chỉ
 * đạo thực hiện tốt các nhiệm vụ sau:` → one collective lead, as written.
 */
export function readRequestAddressees(text: string, agencyHead: RegExp): string[] | null {
  const request = REQUEST_LEAD_IN.exec(text);
  const subject = request ? agencyBeforePredicate(request.groups!.addressees!) : null;
  if (!subject || !agencyHead.test(subject.agency.replace(LOWERCASE_PLURAL, 'Các '))) return null;
  const name = cleanAgencyName(subject.agency);
  return name ? [name] : null;
}

/**
 * Whom a line announcing duties names as doing them: `Giao Sở X thực hiện
 * các nhiệm vụ sau:` → `Sở X`; `Căn cứ tình hình thực tế, các cơ quan, đơn
 * vị, địa phương phối hợp thực hiện các hoạt động sau:` → `Các cơ quan, đơn
 * vị, địa phương` (the agencies may follow an opening clause).
 */
export function readDutiesSubject(text: string, agencyHead: RegExp): string[] | null {
  if (!DUTIES_LEAD_IN.test(text)) return null;
  const starts = [0, ...[...text.matchAll(COMMA_BREAK)].map((comma) => comma.index + comma[0].length)];
  for (const start of starts) {
    const rest = text.slice(start).replace(REQUEST_PREFIX, '');
    if (!agencyHead.test(rest)) continue;
    const subject = agencyBeforePredicate(rest);
    if (subject) return splitAgencyList(subject.agency, agencyHead);
  }
  return null;
}

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
  if (subject && agencyHead.test(subject.agency) && wordsIn(subject.agency).length <= SUBJECT_MAX_WORDS) {
    return { lead: splitAgencyList(subject.agency, agencyHead), support: [] };
  }
  for (const sentence of text.split(SENTENCE_BREAK).slice(1)) {
    const declaration = readLeadDeclaration(sentence, agencyHead);
    if (declaration) return { lead: declaration.lead, support: declaration.support };
  }
  return null;
}

/** Longest subject, in words, that reads as a name rather than a clause. */
const SUBJECT_MAX_WORDS = 12;

export interface TaskAgencies {
  lead: string[];
  support: string[];
}

/**
 * Who a task's own words make responsible when nothing above it says: an
 * assignment inside it (`…, giao Sở Y tế thành lập…`), its subject
 * (`Trung tâm … hỗ trợ…`) or a later sentence (`… Sở X chủ trì…`).
 */
export function readOwnLead(text: string, data: ReferenceData): TaskAgencies | null {
  return readInlineAssignment(text, data.agencyHead, data.collectiveHead);
}

/** `Phối hợp với Sở Khoa học và Công nghệ đề xuất…`, `…, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định…`: who the task is done with. */
export function readSupportPhrase(text: string, data: ReferenceData): string[] {
  const phrase = SUPPORT_PHRASE.exec(text);
  if (!phrase || !data.agencyHead.test(phrase.groups!.agencies!)) return [];
  return readSupportList(phrase.groups!.agencies!, data.agencyHead).agencies;
}
