import type { OutlineNode } from '../model.ts';
import {
  LEAD_LABEL_LINE,
  PRODUCT_LABEL_LINE,
  SUPPORT_LABEL_LINE,
  TIMEFRAME_HEADING,
  TIMEFRAME_LINE,
} from '../patterns/task-lines.ts';
import { splitAgencyList } from '../readers/agency-list.ts';
import { readTimeframe } from '../readers/timeframe.ts';
import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';
import { nodeText } from '../outline.ts';

/**
 * Layout "labelled task lines" (001 seed, 05-dak-lak-0125): lines that say
 * when or who rather than what.
 *
 *   Thời gian thực hiện: Hằng năm (từ năm 2026).
 *   3. Thời gian tổ chức phong trào thi đua: Phong trào … từ tháng 10 năm 2025 …
 *   Đơn vị chủ trì: Sở Giáo dục và Đào tạo.
 *
 * Each applies to the tasks before it in its container that have none, else
 * to those after it.
 */
export const timeframeLine: TaskRule = {
  name: 'timeframe-line',
  read({ node }) {
    const line = TIMEFRAME_LINE.exec(nodeText(node));
    if (line && node.children.length === 0) return { kind: 'scope', scope: { timeframe: readTimeframe(line.groups!.value!) }, role: 'timeframe' };
    // `**3. Thời gian thực hiện:**` / `Từ nay đến hết năm 2025.`
    const only = node.children.length === 1 ? node.children[0]! : null;
    if (TIMEFRAME_HEADING.test(node.text) && only && !only.numbering && only.kind === 'paragraph') {
      return { kind: 'scope', scope: { timeframe: readTimeframe(only.text.replace(/[.;]\s*$/u, '')) }, role: 'timeframe' };
    }
    return null;
  },
};

export const agencyLabelLine: TaskRule = {
  name: 'agency-label-line',
  read({ node, data }) {
    const lead = LEAD_LABEL_LINE.exec(node.text);
    const support = SUPPORT_LABEL_LINE.exec(node.text);
    if (!(lead || support) || node.children.length > 0) return null;
    const agencies = splitAgencyList((lead ?? support)!.groups!.value!, data.agencyHead);
    return { kind: 'scope', scope: lead ? { lead: agencies } : { support: agencies }, role: 'lead' };
  },
};

/** `Sản phẩm: Kế hoạch của UBND tỉnh.`: what a task delivers, not a task. */
export const productLine: TaskRule = {
  name: 'product-line',
  read: ({ node }) => (PRODUCT_LABEL_LINE.test(node.text) ? { kind: 'skip' } : null),
};

/** `1. Xây dựng kho học liệu…` with `a) Đơn vị chủ trì: …`, `b) Thời gian: …` under it is one task. */
export const attributedItem: TaskRule = {
  name: 'attributed-item',
  read({ node, scope, data }) {
    if (node.children.length === 0 || !node.children.every(isAttributeLine)) return null;
    node.heading = false;
    const roles = new Map();
    const task = draftTask(node, scope, data, { roles });
    return { kind: 'tasks', tasks: [task], roles: [...roles], settled: true };
  },
};

function isAttributeLine(node: OutlineNode): boolean {
  return [TIMEFRAME_LINE, LEAD_LABEL_LINE, SUPPORT_LABEL_LINE, PRODUCT_LABEL_LINE].some((pattern) => pattern.test(node.text));
}
