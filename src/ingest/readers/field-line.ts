import type { Timeframe } from '../../schema/index.ts';
import type { NodeRole } from '../model/outline.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';
import {
  FIELD_BREAK,
  FIELD_LABELS,
  LABEL_MAX_WORDS,
  LABELLED_LINE,
  NOTE_LINE,
  PHASE_LABEL,
  TOPIC_LABEL,
  type FieldKind,
  VALUE_END,
  VALUE_EDGES,
  DOING_VERB,
  DEADLINE_CLAUSE,
  CLOSING_BRACKETS,
} from '../patterns/field-labels.ts';
import { WORK_OPENING } from '../patterns/work-verbs.ts';
import { agencyBeforePredicate, readLeadDeclaration, splitAgencyList } from './agency-list.ts';
import { readTimeframe } from './timeframe.ts';
import { SEMICOLON_LIST, squeezed } from '../patterns/text.ts';

/** One labelled field of a line: `Đơn vị chủ trì` → `Sở Tài chính`. */
export interface Field {
  kind: FieldKind;
  label: string;
  value: string;
}

/** Folded, lower case, spaces collapsed: how labels are compared. */
function labelKey(label: string): string {
  return squeezed(foldVietnamese(label).toLowerCase());
}

/** The kind of a label, or null when the vocabulary does not know it. */
export function fieldKind(label: string): FieldKind | null {
  const key = labelKey(label);
  const words = key.split(' ').length;
  const kind = FIELD_LABELS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
  // A fact's label may describe it at length (`Thông số (chỉ tiêu), tần suất quan trắc môi trường vùng nuôi cá tầm …`).
  return words <= (kind === 'detail' ? DETAIL_LABEL_MAX_WORDS : LABEL_MAX_WORDS) ? kind : null;
}

const DETAIL_LABEL_MAX_WORDS = 20;

/**
 * The fields a line gives, when it opens with a known label: `Thời gian
 * thực hiện: Năm 2026.`, or several on one line, `Lãnh đạo phụ trách: …;
 * Đơn vị chủ trì: Sở Tài chính; Đơn vị phối hợp: …; Thời gian hoàn thành: …`.
 * A value may be empty when the line announces the items under it.
 */
export function readFieldLine(text: string): Field[] | null {
  const first = LABELLED_LINE.exec(text);
  if (!first) return null;
  const kind = fieldKind(first.groups!.label!);
  if (!kind) return null;
  const fields: Field[] = [];
  let label = first.groups!.label!;
  let kindOf = kind;
  let rest = first.groups!.value!;
  // Each later `; Label:` whose label is known starts the next field; any other `;` belongs to the value.
  for (;;) {
    const next = nextField(rest);
    if (!next) break;
    fields.push({ kind: kindOf, label, value: trimValue(rest.slice(0, next.at)) });
    ({ label, kind: kindOf } = next);
    rest = next.value;
  }
  fields.push({ kind: kindOf, label, value: trimValue(rest) });
  return fields;
}

function nextField(value: string): { at: number; label: string; kind: FieldKind; value: string } | null {
  for (const separator of value.matchAll(FIELD_BREAK)) {
    const after = value.slice(separator.index + separator[0].length);
    const labelled = LABELLED_LINE.exec(after);
    const kind = labelled && !labelled.groups!.marker ? fieldKind(labelled.groups!.label!) : null;
    if (kind) return { at: separator.index, label: labelled!.groups!.label!, kind, value: labelled!.groups!.value! };
  }
  return null;
}

/** The value as written, without the spaces and colon around it (its own final stop is the text's). */
function trimValue(value: string): string {
  return value.replace(VALUE_EDGES, '');
}

/** A value as a name or a period: without its final stop. */
function bare(value: string): string {
  return value.replace(VALUE_END, '');
}

/** Who leads, works with and when, as a line's fields say (a lead over a direction). */
export interface FieldFacts {
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
}

export function factsOf(fields: Field[], agencyHead: RegExp): FieldFacts {
  const facts: FieldFacts = { lead: [], support: [], timeframe: null };
  let direction: string[] = [];
  for (const field of fields) {
    const value = bare(field.value);
    if (!value) continue;
    if (field.kind === 'timeframe') facts.timeframe = readTimeframe(value);
    else if (field.kind === 'support') facts.support.push(...splitAgencyList(value, agencyHead));
    else if (field.kind === 'direction') direction = splitAgencyList(value, agencyHead);
    else if (field.kind === 'lead') {
      // `Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành…`; `Sở Xây dựng đăng tải thông điệp…`
      const declaration = readLeadDeclaration(value, agencyHead);
      const subject = declaration ? null : agencyBeforePredicate(value);
      facts.lead.push(...(declaration?.lead ?? splitAgencyList(subject && agencyHead.test(subject.agency) ? subject.agency : value, agencyHead)));
      if (declaration) facts.support.push(...declaration.support);
    }
  }
  if (facts.lead.length === 0) facts.lead = direction;
  return facts;
}

/** What a field line is on the page: who (a lead line), when, or neither. */
export function fieldRole(fields: Field[]): NodeRole {
  if (fields.some((field) => ['lead', 'direction', 'support', 'oversight'].includes(field.kind))) return 'lead';
  return fields.some((field) => field.kind === 'timeframe') ? 'timeframe' : null;
}

/** What a labelled line is, read from its label: a field of a task, or something else the rules read. */
export type LabelledLine =
  | { kind: 'field'; fields: Field[] }
  /** `Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng…`: work, done in the period the label names. */
  | { kind: 'phase'; period: string; text: string }
  /** `Lắp đặt các trạm BTS 5G: Đảm bảo…`, `Về tuyên truyền: Tổ chức…`: the line is work. */
  | { kind: 'work' }
  /** `Cửa sông lạch Càn: Lấy mẫu 01 vị trí…`: a fact of the task above (a place, a parameter), not work of its own. */
  | { kind: 'data' };

/**
 * Read a line as a labelled line, or null when it is not one (no colon, or a
 * sentence before it, or an agency whose duties follow: `Sở Tài chính: …`).
 */
export function readLabelledLine(text: string, agencyHead: RegExp): LabelledLine | null {
  const fields = readFieldLine(text);
  if (fields) return { kind: 'field', fields };
  const line = LABELLED_LINE.exec(text);
  if (!line) return null;
  const label = line.groups!.label!;
  const key = labelKey(label);
  if (key.split(' ').length > LABEL_MAX_WORDS || agencyHead.test(label)) return null;
  if (PHASE_LABEL.test(key)) return { kind: 'phase', period: label, text: line.groups!.value! };
  if (WORK_OPENING.test(label) || TOPIC_LABEL.test(key)) return { kind: 'work' };
  return { kind: 'data' };
}

/** A line that only adds to the fields above it: a bracketed note (`(Vị trí … theo phụ lục 01)`). */
export function isFieldNote(text: string): boolean {
  return NOTE_LINE.test(text.trim());
}

/**
 * Party programmes close a task with who does it and by when, in brackets:
 * `(Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở GDĐT; hoàn
 * thành trong Quý IV/2025)`, `(Cơ quan chủ trì: Ban Tổ chức Tỉnh ủy; cơ quan
 * phối hợp: …; thời gian: năm 2026)`, `(Đảng ủy UBND tỉnh lãnh đạo thực hiện)`.
 * Null when the brackets say something else (`(nếu có)`, `(2025 - 2026)`).
 */
export function readClosingAssignment(text: string, agencyHead: RegExp): FieldFacts | null {
  const inside = CLOSING_BRACKETS.exec(text)?.groups!.inside;
  if (!inside) return null;
  const facts: FieldFacts = { lead: [], support: [], timeframe: null };
  for (const segment of inside.split(SEMICOLON_LIST)) {
    const fields = readFieldLine(segment);
    if (fields) {
      const said = factsOf(fields, agencyHead);
      facts.lead.push(...said.lead);
      facts.support.push(...said.support);
      facts.timeframe = said.timeframe ?? facts.timeframe;
      continue;
    }
    const declaration = readLeadDeclaration(segment, agencyHead);
    if (declaration) {
      facts.lead.push(...declaration.lead);
      facts.support.push(...declaration.support);
      continue;
    }
    const subject = agencyBeforePredicate(segment);
    if (subject && agencyHead.test(subject.agency) && DOING_VERB.test(subject.rest)) {
      facts.lead.push(...splitAgencyList(subject.agency, agencyHead));
    } else if (DEADLINE_CLAUSE.test(segment) && facts.lead.length > 0) facts.timeframe = readTimeframe(bare(segment));
  }
  return facts.lead.length > 0 || facts.support.length > 0 ? facts : null;
}
