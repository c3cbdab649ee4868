import type { TaskRule } from './rule.ts';
import { taskTable } from './task-table.ts';
import { subPart } from './sub-part.ts';
import { fieldLine } from './field-line.ts';
import { noWork } from './no-work.ts';
import { fieldBlock } from './field-block.ts';
import { fieldContainer } from './field-container.ts';
import { agencyBlock } from './agency-block.ts';
import { leadLine } from './lead-line.ts';
import { leadIn } from './lead-in.ts';
import { group } from './group.ts';
import { workItem } from './work-item.ts';
import { workParagraph } from './work-paragraph.ts';

/**
 * The task rules, in the order they apply: the first that reads a block
 * decides what it is. A block is read with its context (the part it sits in,
 * what the items above said: who leads, when, which group). Each rule lives
 * in the file of its name, with a fixture (tests/fixtures/<name>/) and a unit
 * test (tests/unit/rules/<name>.test.ts) of its own.
 *
 * 1. task-table: a table with a column of work and one of who leads it gives a task per row; any other table none;
 * 2. sub-part: a sub-part labelled for another purpose (`6. Kinh phí`, `2. Nội dung thi đua`) is read as that part;
 * 3. field-line: `Thời gian …:`, `Đơn vị chủ trì (tham mưu) thực hiện:`, `Trách nhiệm chỉ đạo thực hiện:` say when and
 *    who for the tasks beside them; `Sản phẩm:`, `Thông số…:` say other facts and are no task;
 * 4. no-work: outside the parts that list work or duties, nothing else is a task;
 * 5. field-block: items that are fields (`Nội dung:` / `Cơ quan thực hiện:`) make one task per content line;
 * 6. field-container: an item with only fields under it (who, when, place, parameters) is one task;
 * 7. agency-block: a heading or run-in label naming an agency leads the items under it;
 * 8. lead-line: a line naming who leads, with nothing to do of its own, leads the items after it;
 * 9. lead-in: a sentence of work announcing its details (`… như:`) is a task, and so is each detail;
 * 10. group: any other item with items under it groups them (and may give their period);
 * 11. work-item: an item is a task (under the organisation, only one of an agency's duties or under a heading);
 * 12. work-paragraph: a paragraph is a task only under an agency that leads it.
 *
 * After the walk, two passes over the whole document's tasks (beside the
 * extractor, not rules): an agency's duty that points at items of the plan
 * (`Chủ trì triển khai các nhiệm vụ tại mục (IV)(3.4)(a)`) leads them
 * (extract/cross-reference.ts); a body item an annex's table restates is
 * counted once, as the row (extract/restated.ts).
 */
export const TASK_RULES: readonly TaskRule[] = [
  taskTable,
  subPart,
  fieldLine,
  noWork,
  fieldBlock,
  fieldContainer,
  agencyBlock,
  leadLine,
  leadIn,
  group,
  workItem,
  workParagraph,
];
