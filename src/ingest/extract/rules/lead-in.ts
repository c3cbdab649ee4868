import { EXAMPLES_LEAD_IN, LEAD_IN_END } from '../../patterns/task-lines.ts';
import { draftTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';
import { WORK_OPENING } from '../../patterns/work-verbs.ts';
import { wordsIn } from '../../patterns/text.ts';

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
    const words = wordsIn(node.text).length;
    if (!(EXAMPLES_LEAD_IN.test(node.text) ? words >= LEAD_IN_TASK_WORDS : WORK_OPENING.test(node.text) && words >= WORK_LEAD_IN_WORDS)) return null;
    const detailed = node.kind === 'paragraph' ? siblings[index + 1]?.numbering?.style === 'bullet' : node.children.some((child) => child.numbering?.style === 'bullet');
    if (!detailed) return null;
    const task = draftTask(node, scope, data, { text: node.text });
    // The items of `… như:` are examples of the task; those of `… sau:` complete its sentence.
    const context = EXAMPLES_LEAD_IN.test(node.text) ? {} : { context: node.text };
    return node.children.length > 0 ? { kind: 'descend', scope: context, task } : { kind: 'tasks', tasks: [task] };
  },
};
