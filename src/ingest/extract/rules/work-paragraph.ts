import { LEAD_IN_END } from '../../patterns/task-lines.ts';
import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';
import { EXCLAMATION, WORK_OPENING, IS_WORD } from '../../patterns/work-verbs.ts';
import { wordsIn } from '../../patterns/text.ts';

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
  return !IS_WORD.test(wordsIn(text).slice(0, STATEMENT_WORDS).join(' '));
}
