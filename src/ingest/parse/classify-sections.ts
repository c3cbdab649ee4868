import type { OutlineNode } from '../model/outline.ts';
import { SECTION_ROLES, SUBPART_LABEL_WORDS, SUBPART_ROLES, type SectionRole } from '../patterns/sections.ts';
import { EXCLAMATION, WORK_OPENING } from '../patterns/work-verbs.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';
import { LABEL_END, wordsIn } from '../patterns/text.ts';
import { ADDRESSING_OPENING } from '../patterns/task-lines.ts';
import { AMENDMENT_INSTRUCTION, INSERTION_ROLES } from '../patterns/amendments.ts';
import { DOCUMENT_NUMBER } from '../patterns/citations.ts';

/**
 * Give every node the role of the part it sits in, read from the heading of
 * the top-level part (`III. NHIỆM VỤ, GIẢI PHÁP` → tasks), unless a sub-part
 * is labelled for another (`6. Kinh phí thực hiện`, `2. Nội dung thi đua`).
 * A longer heading does not change it: `6. Bố trí kinh phí, huy động…` under
 * the tasks part holds tasks. A part whose heading names no known purpose
 * (`II. NỘI DUNG ĐỢT THI ĐUA`, `IV. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT`) is read
 * for what it holds: a list of work is a part of work.
 */
export function classifySections(root: OutlineNode, options: { directive?: boolean; agencyHead?: RegExp; amending?: boolean } = {}): void {
  let afterTargets = false;
  for (const part of root.children) {
    let role = part.heading && part.kind !== 'annex' ? roleOfHeading(part.text) : null;
    // A directive (Chỉ thị) is duties after its preamble: those of an agency it names, or work for all it addresses.
    if (role === null && options.directive && part.numbering && part.kind === 'item') role = namesAgency(part, options.agencyHead) ? 'organization' : 'tasks';
    // A part that names its field (`III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ`) between the targets and the organisation holds tasks.
    if (role === null && part.heading && afterTargets) role = 'tasks';
    if (role === null && part.heading && part.kind !== 'annex' && listsWork(part)) role = 'content';
    if (role === 'targets') afterTargets = true;
    if (role === 'organization') afterTargets = false;
    mark(part, role, options.amending ?? false);
  }
}

function mark(node: OutlineNode, role: SectionRole | null, amending: boolean): void {
  node.section = role;
  if (amending && AMENDMENT_INSTRUCTION.test(node.text)) node.amendment = true;
  for (const child of node.children) mark(child, subpartRole(child) ?? (amending ? insertionRole(child) : null) ?? role, amending);
}

/**
 * In a document that amends another, what the new words an instruction
 * brings are (`2. Bổ sung gạch đầu dòng thứ ba vào điểm 2.4 khoản 2 mục III
 * như sau: “- Xây dựng…”`): what the instruction's own words name (`chỉ
 * tiêu`, `nhiệm vụ`), else a table or a list of work is tasks. An instruction
 * over other instructions (`Điều 1. Sửa đổi, bổ sung một số nội dung…`) is
 * none: each says for itself.
 */
function insertionRole(node: OutlineNode): SectionRole | null {
  if (node.children.length === 0 || !AMENDMENT_INSTRUCTION.test(node.text)) return null;
  if (node.children.some((child) => AMENDMENT_INSTRUCTION.test(child.text))) return null;
  const cited = node.text.search(DOCUMENT_NUMBER);
  const own = foldVietnamese(cited === -1 ? node.text : node.text.slice(0, cited)).toLowerCase();
  const named = INSERTION_ROLES.find(([pattern]) => pattern.test(own))?.[1];
  if (named) return named;
  return node.children.some((child) => child.kind === 'table') || listsWork(node, 1) ? 'tasks' : null;
}

function roleOfHeading(text: string): SectionRole | null {
  const key = foldVietnamese(text).toLowerCase();
  return SECTION_ROLES.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** The role a numbered sub-part's short label names, if any. */
function subpartRole(node: OutlineNode): SectionRole | null {
  if (!node.numbering || node.numbering.style === 'bullet' || node.kind !== 'item') return null;
  const label = (node.runIn ?? (node.heading || node.children.length > 0 ? node.text : '')).replace(LABEL_END, '');
  if (!label || wordsIn(label).length > SUBPART_LABEL_WORDS) return null;
  const key = foldVietnamese(label).toLowerCase();
  return SUBPART_ROLES.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** `2. Sở Giáo dục và Đào tạo`, `3. Sở Tài chính: …`, `5. Đề nghị Ủy ban MTTQ …`, `6. Giám đốc các sở … chịu trách nhiệm …`: an item opening with an agency. */
function namesAgency(part: OutlineNode, agencyHead: RegExp | undefined): boolean {
  return agencyHead !== undefined && agencyHead.test(part.text.replace(ADDRESSING_OPENING, ''));
}

/** Share of a part's items that must open like work for the part to list work. */
const WORK_SHARE = 0.5;
/** Fewest items of work that make a list. */
const WORK_ITEMS = 2;

/**
 * Whether most items of a part are sentences of work (`Thi đua thực hiện…`,
 * `Thu thập các văn bản…`, `Tổ chức quán triệt…`), rather than statements,
 * criteria or slogans. Items are its innermost numbered items and bullets.
 */
function listsWork(part: OutlineNode, fewest = WORK_ITEMS): boolean {
  const items: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child.kind === 'table') continue;
      if (child.numbering && !child.children.some((grandchild) => grandchild.numbering)) items.push(child);
      else visit(child);
    }
  };
  visit(part);
  const work = items.filter((item) => WORK_OPENING.test(item.text) && !EXCLAMATION.test(item.text)).length;
  return work >= fewest && work >= WORK_SHARE * items.length;
}
