import type { NodeRole, OutlineNode } from '../../model/outline.ts';
import { TIMEFRAME_HEADING } from '../../patterns/task-lines.ts';
import { factsOf, fieldRole, readFieldLine, type Field } from '../../readers/field-line.ts';
import { readTimeframe } from '../../readers/timeframe.ts';
import { nodeText } from '../../model/outline-tree.ts';
import type { TaskRule } from './rule.ts';
import { ITEM_STOP, SENTENCE_STOP_END } from '../../patterns/text.ts';

/**
 * Layout "field lines" (001 seed, 05-dak-lak-0125, 06-dak-lak-0134, Party
 * programmes): lines that say who, when or what else of the tasks beside
 * them, rather than what to do.
 *
 *   - Tổ chức học tập, quán triệt … Nghị quyết số 71-NQ/TW …
 *   Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy.
 *   Đơn vị chủ trì (tham mưu) thực hiện: Ban Tuyên giáo và Dân vận Tỉnh ủy.
 *   Lãnh đạo phụ trách: …; Đơn vị chủ trì: Sở Tài chính; Đơn vị phối hợp: …; Thời gian hoàn thành: Năm 2027.
 *
 * Who and when apply to the tasks before the line in its container that lack
 * them, else to those after it; a line of other facts (`Sản phẩm: …`,
 * `Thông số, tần suất…:` and the items under it) is no task.
 */
export const fieldLine: TaskRule = {
  name: 'field-line',
  read({ node, siblings, index, data }) {
    const fields = fieldsOf(node);
    if (!fields) return timeframeHeading(node);
    if (fields.some((field) => field.kind === 'what')) return null;
    // The lines of one run are read together: a lead named on any of them comes before a direction on another.
    const run: Array<[OutlineNode, Field[]]> = [[node, fields]];
    for (const next of siblings.slice(index + 1)) {
      const more = next.kind === 'paragraph' || next.numbering?.style === 'bullet' ? fieldsOf(next) : null;
      if (!more || more.some((field) => field.kind === 'what')) break;
      run.push([next, more]);
    }
    const facts = factsOf(run.flatMap(([, line]) => line), data.agencyHead);
    const [first, ...covers] = run.map(([line, said]): [OutlineNode, NodeRole] => [line, fieldRole(said)]);
    if (facts.lead.length === 0 && facts.support.length === 0 && !facts.timeframe) return { kind: 'skip', role: first![1] };
    const scope = {
      ...(facts.lead.length > 0 ? { lead: facts.lead } : {}),
      ...(facts.support.length > 0 ? { support: facts.support } : {}),
      ...(facts.timeframe ? { timeframe: facts.timeframe } : {}),
    };
    return { kind: 'scope', scope, role: first![1], covers };
  },
};


/**
 * A line's fields; a label whose value is the items under it (`Đơn vị phối
 * hợp:` / `- Sở Tài chính;` / `- Sở Nội vụ.`) takes their words as its value.
 */
function fieldsOf(node: OutlineNode): Field[] | null {
  const fields = readFieldLine(nodeText(node));
  if (!fields || node.children.length === 0) return fields;
  const last = fields.at(-1)!;
  if (last.value || last.kind === 'detail' || last.kind === 'what') return fields;
  return [...fields.slice(0, -1), { ...last, value: node.children.map((child) => child.text.replace(ITEM_STOP, '')).join('; ') }];
}

/** `**3. Thời gian thực hiện:**` / `Từ nay đến hết năm 2025.`: a heading whose paragraph is the timeframe. */
function timeframeHeading(node: OutlineNode) {
  const only = node.children.length === 1 ? node.children[0]! : null;
  if (!TIMEFRAME_HEADING.test(node.text) || !only || only.numbering || only.kind !== 'paragraph') return null;
  return { kind: 'scope' as const, scope: { timeframe: readTimeframe(only.text.replace(SENTENCE_STOP_END, '')) }, role: 'timeframe' as const };
}
