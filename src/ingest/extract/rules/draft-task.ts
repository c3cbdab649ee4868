import type { OutlineNode } from '../../model/outline.ts';
import type { ReferenceData } from '../../reference-data.ts';
import type { Timeframe } from '../../../schema/index.ts';
import { nodeText, outlinePath, sectionOf } from '../../model/outline-tree.ts';
import { LEADS_ITSELF, REQUEST_PREFIX, LABEL_THEN_WORDS, TOPIC_THEN_SENTENCE } from '../../patterns/task-lines.ts';
import { factsOf, readClosingAssignment, readFieldLine, readLabelledLine } from '../../readers/field-line.ts';
import {
  agencyBeforePredicate,
  readLeadDeclaration,
  readOwnLead,
  readSupportList,
  readSupportPhrase,
  splitAgencyList,
  type TaskAgencies,
} from '../../readers/agency-list.ts';
import { readOwnTimeframe, readTimeframe } from '../../readers/timeframe.ts';
import type { Scope } from './rule.ts';
import type { TaskDraft } from '../../model/drafts.ts';
import { wordsIn } from '../../patterns/text.ts';

/**
 * A task read from one node: its text, and who and when from, in order, the
 * lines labelled under it (`Đơn vị chủ trì: …`, `Thời gian thực hiện: …`),
 * its own words (`Sở X chủ trì, phối hợp với Y …`; a deadline or period in
 * it) and what the items above it said (scope). In an agency's block the
 * block's agency leads whatever the item's words say.
 */
export function draftTask(
  node: OutlineNode,
  scope: Scope,
  data: ReferenceData,
  options: { text?: string } = {},
): TaskDraft {
  const text = options.text ?? nodeText(node);
  let { lead, support } = agenciesOf(text, scope, data);
  // `Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng…`: the work of a period.
  const phase = readLabelledLine(text, data.agencyHead);
  let timeframe: Timeframe | null = phase?.kind === 'phase' ? readTimeframe(phase.period) : (scope.timeframe ?? readOwnTimeframe(text));
  // `… (Ban Tuyên giáo … chủ trì, phối hợp với …; hoàn thành trong Quý IV/2025).`: its own words, over the scope's.
  const closing = scope.agencyBlock ? null : readClosingAssignment(text, data.agencyHead);
  if (closing) {
    if (closing.lead.length > 0) lead = closing.lead;
    if (closing.support.length > 0 || closing.lead.length > 0) support = closing.support;
    if (closing.timeframe) timeframe = closing.timeframe;
  }
  for (const line of node.children) {
    const fields = readFieldLine(line.text);
    if (!fields) continue;
    const facts = factsOf(fields, data.agencyHead);
    if (facts.timeframe) timeframe = facts.timeframe;
    if (facts.lead.length > 0) lead = facts.lead;
    if (facts.support.length > 0) support = facts.support;
  }
  return newTask(node, { group: scope.group, text, context: scope.context, lead, support, timeframe });
}

/** What a rule says of a task; where it stands follows from its node. */
export type TaskFacts = Pick<TaskDraft, 'group' | 'text' | 'context' | 'lead' | 'support' | 'timeframe'>;

/** A task at its node, counted under its numbered item (`section`; a table row's is its table). */
export function newTask(node: OutlineNode, facts: TaskFacts, section: OutlineNode = sectionOf(node)): TaskDraft {
  const { group, text, context, lead, support, timeframe } = facts;
  return { node, path: outlinePath(section), section, position: 0, group, text, context, lead, support, timeframe };
}

/** Longest subject, in words, that reads as a name rather than a sentence. */
const SUBJECT_MAX_WORDS = 12;

/**
 * Its own declaration (`Sở X chủ trì, phối hợp với Y …`) over the lead above
 * it; with no lead above, an assignment or subject in its words. In an
 * agency's block the block's agency leads.
 */
function agenciesOf(text: string, scope: Scope, data: ReferenceData): TaskAgencies {
  // `a) Doanh nghiệp viễn thông, bưu chính ưu tiên đầu tư…` under `18. Các doanh nghiệp công nghệ số`: the item names its own.
  const subject = scope.agencyBlock ? agencyBeforePredicate(text.replace(REQUEST_PREFIX, '')) : null;
  // `Sở Tài chính: Bố trí kinh phí thực hiện …`: a label and its sentence, not a subject.
  const labelled = subject !== null && LABEL_THEN_WORDS.test(subject.agency);
  if (subject && !labelled && data.agencyHead.test(subject.agency) && wordsIn(subject.agency).length <= SUBJECT_MAX_WORDS) {
    return { lead: splitAgencyList(subject.agency, data.agencyHead), support: readSupportPhrase(text, data) };
  }
  const declaration = scope.agencyBlock ? null : readLeadDeclaration(text, data.agencyHead);
  if (declaration) return { lead: declaration.lead, support: declaration.support };
  if (scope.lead.length > 0) return { lead: scope.lead, support: supportOf(text, scope, data) };
  // `b) Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường phối hợp với …`: the work's topic, then who does it.
  const said = TOPIC_THEN_SENTENCE.exec(text)?.groups!.sentence;
  const inline = readOwnLead(text, data) ?? (said && data.agencyHead.test(said) ? readOwnLead(said, data) : null);
  return { lead: inline?.lead ?? [], support: inline && inline.support.length > 0 ? inline.support : supportOf(said ?? text, scope, data) };
}

/**
 * Who a task under a lead is done with: `Chủ trì, phối hợp với …` opening it,
 * else the support its lead line declared, else a `phối hợp với …` in its words.
 */
function supportOf(text: string, scope: Scope, data: ReferenceData): string[] {
  const itself = LEADS_ITSELF.exec(text);
  if (itself?.groups!.support && data.agencyHead.test(itself.groups!.support)) return readSupportList(itself.groups!.support, data.agencyHead).agencies;
  if (scope.support.length > 0) return scope.support;
  return readSupportPhrase(text, data);
}

