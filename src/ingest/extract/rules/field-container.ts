import type { NodeRole, OutlineNode } from '../../model/outline.ts';
import { factsOf, fieldRole, isFieldNote, readFieldLine, readLabelledLine, fieldKind, type Field } from '../../readers/field-line.ts';
import { nodeText } from '../../model/outline-tree.ts';
import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';
import { LETTER_LABEL } from '../../patterns/numbering.ts';

/**
 * Layout "a task and its fields" (field-container fixture, 06-dak-lak-0134,
 * 15-thanh-hoa-235): an item whose items are all fields of it is one task.
 *
 *   1. Xây dựng kho học liệu số dùng chung của tỉnh
 *   a) Đơn vị chủ trì: Sở Giáo dục và Đào tạo.   b) Thời gian thực hiện: Quý II/2026.
 *
 *   a) Nguồn nước cấp nuôi tôm nước lợ
 *   Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông …
 *   - Cửa sông lạch Càn: Lấy mẫu 01 vị trí …
 *   - Thông số, tần suất, thời gian và số lượng mẫu quan trắc: …
 *
 * Its text is the item's with its facts (places, parameters); who and when are its lead and timeframe.
 */
export const fieldContainer: TaskRule = {
  name: 'field-container',
  read({ node, scope, data }) {
    if (node.children.length === 0 || node.kind !== 'item' || node.parent?.parent === null) return null;
    const kinds = node.children.map((child) => childKind(child, data.agencyHead));
    if (kinds.some((kind) => kind === null) || !kinds.some((kind) => kind === 'field')) return null;
    const roles: Array<[OutlineNode, NodeRole]> = [];
    const details: string[] = [];
    const who: Field[] = [];
    node.children.forEach((child, index) => {
      const fields = kinds[index] === 'field' ? readFieldLine(child.text)! : [];
      const said = fields.filter((field) => field.kind !== 'detail');
      who.push(...said);
      if (said.length > 0 && said.length === fields.length) roles.push([child, fieldRole(said)]);
      else details.push(child.text);
    });
    const facts = factsOf(who, data.agencyHead);
    const task = draftTask(node, { ...scope, ...(facts.lead.length > 0 ? { lead: facts.lead, support: facts.support } : {}) }, data, {
      text: [nodeText(node), ...details].join(' '),
    });
    if (facts.timeframe) task.timeframe = facts.timeframe;
    if (facts.support.length > 0) task.support = facts.support;
    return { kind: 'tasks', tasks: [task], roles, settled: true, shownAsItems: [node] };
  },
};

/** What an item under a task may be: one of its fields, a fact written as a labelled line, or a note. */
function childKind(child: OutlineNode, agencyHead: RegExp): 'field' | 'fact' | null {
  if (child.kind === 'table' || child.kind === 'rule') return null;
  if (isFieldNote(child.text)) return 'fact';
  const line = readLabelledLine(child.text, agencyHead);
  if (line?.kind === 'field') return line.fields.some((field) => field.kind === 'what') ? null : 'field';
  if (line?.kind === 'data') return 'fact';
  // `b. Địa điểm, số điểm quan trắc`, `Mẫu nước vùng nuôi tôm hùm`: a fact's heading without its colon.
  return !line && fieldKind(child.text.replace(LETTER_LABEL, '')) === 'detail' ? 'fact' : null;
}
