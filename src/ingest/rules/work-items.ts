import { EXAMPLES_LEAD_IN, GROUP_TIMEFRAME, LEAD_IN_END } from '../patterns/task-lines.ts';
import { PERIOD_IN_HEADING } from '../patterns/timeframe.ts';
import { readTimeframe } from '../readers/timeframe.ts';
import { draftTask } from './draft-task.ts';
import type { Scope, TaskRule } from './rule.ts';
import { nodeText, partTop } from '../model/outline-tree.ts';
import { factsOf, fieldRole, readFieldLine } from '../readers/field-line.ts';
import { EXCLAMATION, WORK_OPENING } from '../patterns/work-verbs.ts';
import type { NodeRole, OutlineNode } from '../model/outline.ts';

/** Fewest words of a lead-in that is a task of its own (`Nghiên cứu, triển khai các nền tảng số chuyên dùng… như:`). */
const LEAD_IN_TASK_WORDS = 8;

/** Fewest words of a lead-in of work announcing its items (`… các hoạt động sau:`) that says more than a heading would. */
const WORK_LEAD_IN_WORDS = 10;

/**
 * Layout "lead-in tasks" (12-dong-thap-597): a sentence that names work and
 * ends by announcing the items that detail it is a task, and so is each item.
 *
 *   Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ
 *   giám sát, điều hành giao thông thông minh như:
 *   - Hệ thống giám sát, điều hành giao thông thông minh.
 *
 * A lead-in whose items are the work itself (`Trọng tâm:`, `…, cụ thể như
 * sau:`) is not.
 */
export const leadIn: TaskRule = {
  name: 'lead-in',
  read({ node, scope, siblings, index, data }) {
    if (scope.part === 'other' || !LEAD_IN_END.test(node.text)) return null;
    // `… như:` announces examples of its work; any other lead-in is a task when it says what to do at length
    // (`Ưu tiên bố trí không gian biển cho các hoạt động sau:`, `Chỉ đạo các Ngân hàng thương mại … cụ thể như sau:`).
    const words = node.text.split(/\s+/u).length;
    if (!(EXAMPLES_LEAD_IN.test(node.text) ? words >= LEAD_IN_TASK_WORDS : WORK_OPENING.test(node.text) && words >= WORK_LEAD_IN_WORDS)) return null;
    const detailed = node.kind === 'paragraph' ? siblings[index + 1]?.numbering?.style === 'bullet' : node.children.some((child) => child.numbering?.style === 'bullet');
    if (!detailed) return null;
    const task = draftTask(node, scope, data, { text: node.text });
    // The items of `… như:` are examples of the task; those of `… sau:` complete its sentence.
    const context = EXAMPLES_LEAD_IN.test(node.text) ? {} : { context: node.text };
    return node.children.length > 0 ? { kind: 'descend', scope: context, task } : { kind: 'tasks', tasks: [task] };
  },
};

/**
 * A numbered item with items under it groups them: its heading names the
 * group, and may give its period (`2. Kế hoạch phát triển giai đoạn 2026 -
 * 2030`, `(thực hiện hằng năm, từ năm 2026)`). A heading whose body is
 * paragraphs only is one task, its paragraphs' words (`4.1. Ứng dụng hệ
 * thống thông tin địa lý…` / `Nghiên cứu, ứng dụng GIS…`).
 */
export const group: TaskRule = {
  name: 'group',
  read({ node, scope, data }) {
    if (node.children.length === 0) return null;
    const items = node.children.some((child) => child.numbering || child.kind === 'table');
    if (!items && node.numbering) {
      if (scope.part !== 'work') return { kind: 'skip' };
      // Its paragraphs are the task; a field line among them (`Đơn vị chủ trì: …`) says who or when.
      const fields = node.children.map((child) => (child.kind === 'paragraph' ? readFieldLine(child.text) : null));
      const paragraphs = node.children.filter((child, index) => child.kind === 'paragraph' && !fields[index]);
      if (paragraphs.length === 0) return null;
      const facts = factsOf(fields.flatMap((line) => line ?? []), data.agencyHead);
      const given = { ...(facts.lead.length > 0 ? { lead: facts.lead, support: facts.support } : {}), ...(facts.timeframe ? { timeframe: facts.timeframe } : {}) };
      const text = paragraphs.map(nodeText).join(' ');
      const task = { ...draftTask(paragraphs[0]!, { ...scope, ...given, context: node.text }, data, { text }), context: node.text };
      if (facts.support.length > 0) task.support = facts.support;
      const roles = node.children.flatMap((child, index): Array<[OutlineNode, NodeRole]> => (fields[index] ? [[child, fieldRole(fields[index]!)]] : []));
      return { kind: 'tasks', tasks: [task], roles };
    }
    const scoped: Partial<Scope> = {};
    const period = GROUP_TIMEFRAME.exec(node.text) ?? (node.heading ? PERIOD_IN_HEADING.exec(node.text) : null);
    if (period) scoped.timeframe = readTimeframe(period.groups!.value ?? period[0]);
    if (!node.heading && LEAD_IN_END.test(node.text)) scoped.context = node.text;
    return { kind: 'descend', scope: scoped };
  },
};


/**
 * An item of a part that lists work is a task. Under the organisation an
 * item is a task when it is one of an agency's duties or sits under a
 * heading; an item that stands alone there, or one that opens with its
 * agency and says it all in one paragraph, is that agency's responsibility.
 */
export const workItem: TaskRule = {
  name: 'work-item',
  read({ node, scope, data }) {
    if (!node.numbering || node.children.length > 0) return null;
    if (scope.part === 'organisation' && !scope.agencyBlock) {
      const standsAlone = partTop(node);
      const agencyFirst = node.numbering.style !== 'bullet' && data.agencyHead.test(node.text.replace(/^(?:Đề nghị|Giao)\s+/u, ''));
      if (standsAlone || agencyFirst) return { kind: 'skip' };
    }
    // `**1. Rà soát, sắp xếp mạng lưới trường, lớp học …, hoàn thành trong năm 2026**` with nothing under it: a heading that is work.
    if (node.heading && !WORK_OPENING.test(node.text)) return { kind: 'skip', warning: 'without tasks, expected bullets or paragraphs under it' };
    const roles = new Map();
    return { kind: 'tasks', tasks: [draftTask(node, scope, data, { roles })], roles: [...roles] };
  },
};

/**
 * A paragraph of a part that lists work is a task under an agency that leads
 * it (`7.1. Các sở, ban, ngành…` / its paragraph), or among bullets, one whose
 * bullet the conversion lost (`- Tập trung…` / `Xây dựng và cụ thể hóa…` /
 * `- Đổi mới…`), or a sentence of work of its own (`Ban hành quy chế quản lý,
 * chia sẻ dữ liệu số …`, its bullet lost with all the others); else it
 * introduces or explains (`Phát triển các doanh nghiệp số là lực đẩy …`).
 */
export const workParagraph: TaskRule = {
  name: 'work-paragraph',
  read({ node, scope, siblings, index, data }) {
    if (node.kind !== 'paragraph') return null;
    if (scope.part !== 'work' || LEAD_IN_END.test(node.text)) return { kind: 'skip' };
    const amongBullets = [siblings[index - 1], siblings[index + 1]].some((sibling) => sibling?.numbering?.style === 'bullet');
    // A paragraph before items introduces them (`Phát triển hạ tầng số nhanh, đồng bộ…` / `a) …`).
    const introduces = siblings.slice(index + 1).some((sibling) => sibling.numbering);
    if (scope.lead.length === 0 && !amongBullets && (introduces || !sentenceOfWork(node.text))) return { kind: 'skip' };
    return { kind: 'tasks', tasks: [draftTask(node, scope, data)] };
  },
};

/** Words within which a `là` makes a sentence say what something is, not what to do. */
const STATEMENT_WORDS = 10;

/** `Ban hành quy chế …`, not `Phát triển các doanh nghiệp số là lực đẩy …` nor `Trọng tâm là …`. */
function sentenceOfWork(text: string): boolean {
  if (!WORK_OPENING.test(text) || EXCLAMATION.test(text)) return false;
  return !/(?<![\p{L}])là(?![\p{L}])/u.test(text.split(/\s+/u).slice(0, STATEMENT_WORDS).join(' '));
}
