import type { OutlineNode } from '../model/outline.ts';
import { TASK_ROLES } from '../patterns/sections.ts';
import { ASSIGNMENT_ANNEX } from '../patterns/task-lines.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';
import type { TaskDraft } from '../model/drafts.ts';
import { NOT_A_WORD } from '../patterns/text.ts';

/** Fewest letters two texts must share for one to restate the other word for word. */
const RESTATED_MIN_LENGTH = 40;

/** Share of an item's three-word runs a row of an assignment table must hold to be the same task. */
const ASSIGNED_OVERLAP = 0.2;

/**
 * Layout "restated in an annex" (20-thu-tuong-2530): a plan lists its work
 * in the body and again, row by row, in an annex table that says who leads
 * it and by when. The two are one task, the row's. A body item is not
 * counted again when a row holds its words (or it holds a row's); and when an
 * annex says it assigns the plan's tasks (`BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM
 * VỤ, GIẢI PHÁP TẠI KẾ HOẠCH`), when a row shares a part of its wording.
 */
export function dropRestated(tasks: TaskDraft[], root: OutlineNode): TaskDraft[] {
  const rows = tasks.filter((task) => task.node.kind === 'row').map((task) => ({ text: comparable(task.text), runs: runsOf(task.text) }));
  if (rows.length === 0) return tasks;
  // The annex's title, on its heading's line or the lines under it.
  const titleOf = (annex: OutlineNode) => [annex.text, ...annex.children.slice(0, 2).filter((child) => child.kind === 'paragraph').map((child) => child.text)].join(' ');
  const assigning = root.children.some((node) => node.kind === 'annex' && ASSIGNMENT_ANNEX.test(foldVietnamese(titleOf(node)).toLowerCase()));
  return tasks.filter((task) => {
    if (task.node.kind === 'row') return true;
    const text = comparable(task.text);
    if (text.length >= RESTATED_MIN_LENGTH && rows.some((row) => row.text.length >= RESTATED_MIN_LENGTH && (row.text.includes(text) || text.includes(row.text)))) return false;
    if (!assigning || !task.node.section || !TASK_ROLES.has(task.node.section)) return true;
    const runs = runsOf(task.text);
    return !rows.some((row) => shared(runs, row.runs) >= ASSIGNED_OVERLAP * runs.size);
  });
}

/** Letters and digits only, without tone marks: `- Hoàn thiện Nghị định…;` and `Hoàn thiện Nghị định….` compare equal. */
function comparable(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(NOT_A_WORD, '');
}

/** Every run of three words, folded. */
function runsOf(text: string): Set<string> {
  const words = foldVietnamese(text).toLowerCase().split(NOT_A_WORD).filter(Boolean);
  const runs = new Set<string>();
  for (let index = 0; index + 2 < words.length; index++) runs.add(words.slice(index, index + 3).join(' '));
  return runs;
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const run of a) if (b.has(run)) count++;
  return count;
}
