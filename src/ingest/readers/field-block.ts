import type { OutlineNode } from '../model/outline.ts';
import type { Timeframe } from '../../schema/index.ts';
import { factsOf, readFieldLine, type Field } from './field-line.ts';

/** A task given as labelled fields: what (`Nội dung:`), who (`Cơ quan thực hiện:`), when (`Thời gian thực hiện:`). */
export interface FieldBlock {
  /** Each task of the block with its own text: the `Nội dung:` line, or each bullet under an empty one. */
  tasks: Array<{ node: OutlineNode; text: string }>;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
  /** The field lines that say who and when (never tasks themselves). */
  labels: OutlineNode[];
}

/**
 * Layout "per-task field blocks" (16-ho-chi-minh-174, 06-dak-lak-0134,
 * 15-thanh-hoa-235): the items of a container are fields rather than tasks.
 *
 *   a) Hoạt động 1
 *   - Nội dung: Triển khai Tháng hành động …
 *   - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …
 *
 * Also `a) Nhiệm vụ: …` / `b) Cơ quan thực hiện:` with `- Đơn vị chủ trì: …`
 * and `- Đơn vị phối hợp: …` under it / `c) Thời gian thực hiện: …`, and
 * `- Nội dung: …` / `- Số lượng: …` / `- Thành phần: …`.
 */
export function readFieldBlock(container: OutlineNode, agencyHead: RegExp): FieldBlock | null {
  const lines = container.children.map((child) => ({ child, fields: readFieldLine(child.text) }));
  const what = lines.filter(({ fields }) => fields?.some((field) => field.kind === 'what'));
  const other = lines.filter(({ fields }) => fields && !fields.some((field) => field.kind === 'what'));
  if (what.length === 0 || other.length === 0) return null;
  const block: FieldBlock = { tasks: [], lead: [], support: [], timeframe: null, labels: [] };
  for (const { child, fields } of what) {
    const value = fields!.find((field) => field.kind === 'what')!.value;
    if (value) block.tasks.push({ node: child, text: value });
    else block.tasks.push(...child.children.map((item) => ({ node: item, text: item.text })));
  }
  for (const { child, fields } of other) {
    const said = fields!.filter((field) => field.kind !== 'detail' && field.kind !== 'oversight');
    if (said.length === 0) continue;
    block.labels.push(child);
    // `Cơ quan thực hiện:` with `- Đơn vị chủ trì: …`, `- Đơn vị phối hợp: …` (or the agencies) under it.
    const given = said.some((field) => field.value) ? [said] : child.children.map((item) => readFieldLine(item.text) ?? [{ kind: said[0]!.kind, label: '', value: item.text } as Field]);
    for (const line of given) {
      const facts = factsOf(line, agencyHead);
      block.lead.push(...facts.lead.filter((name) => !block.lead.includes(name)));
      block.support.push(...facts.support.filter((name) => !block.support.includes(name)));
      block.timeframe = facts.timeframe ?? block.timeframe;
    }
  }
  return block;
}
