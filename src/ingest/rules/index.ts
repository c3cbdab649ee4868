import type { TaskRule } from './rule.ts';
import { taskTable } from './task-table.ts';
import { noWork, subPart } from './sub-part.ts';
import { agencyLabelLine, attributedItem, productLine, timeframeLine } from './labelled-lines.ts';
import { fieldBlock } from './field-block.ts';
import { agencyBlock, leadLine } from './agency-block.ts';
import { group, leadIn, workItem, workParagraph } from './work-items.ts';

/**
 * The task rules, in the order they apply: the first that reads a block
 * decides what it is. A block is read with its context (the part it sits in,
 * what the items above said: who leads, when, which group).
 *
 * 1. task-table: a table with a column of work and one of who leads it gives a task per row; any other table none;
 * 2. sub-part: a sub-part labelled for another purpose (`6. Kinh phí`, `2. Nội dung thi đua`) is read as that part;
 * 3. timeframe-line, agency-label-line, product-line: `Thời gian …:`, `Đơn vị chủ trì:`, `Sản phẩm:` say when and who;
 * 4. no-work: outside the parts that list work or duties, nothing else is a task;
 * 5. field-block: items that are fields (`Nội dung:` / `Cơ quan thực hiện:`) make one task per content line;
 * 6. attributed-item: an item with only such fields under it is one task;
 * 7. agency-block, lead-line: a heading, run-in label or line naming an agency leads the items under or after it;
 * 8. lead-in: a sentence of work announcing its details (`… như:`) is a task, and so is each detail;
 * 9. group: any other item with items under it groups them (and may give their period);
 * 10. work-item: an item is a task (under the organisation, only one of an agency's duties or under a heading);
 * 11. work-paragraph: a paragraph is a task only under an agency that leads it.
 *
 * After the walk, an agency's duty that points at items of the plan (`Chủ trì
 * triển khai các nhiệm vụ tại mục (IV)(3.4)(a)`) leads them (cross-reference.ts).
 */
export const TASK_RULES: readonly TaskRule[] = [
  taskTable,
  subPart,
  timeframeLine,
  agencyLabelLine,
  productLine,
  noWork,
  fieldBlock,
  attributedItem,
  agencyBlock,
  leadLine,
  leadIn,
  group,
  workItem,
  workParagraph,
];
