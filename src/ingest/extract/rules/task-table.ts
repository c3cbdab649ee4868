import { isTaskTable, readTaskTable } from '../../readers/task-table.ts';
import { newTask } from './draft-task.ts';
import type { TaskRule } from './rule.ts';

/**
 * Layout "task tables" (002 seed, 13-dong-thap-552, 18-ho-chi-minh-2820, the
 * annexes of 20-thu-tuong-2530): `TT | Nhiệm vụ | Chủ trì | Phối hợp |
 * Thời gian | …`, as real or flattened tables, whatever words the headings
 * use (`Cơ quan chủ trì[1]`, `Đơn vị thực hiện`, `Tên dự án, nhiệm vụ`,
 * `Thời hạn hoàn thành`), and where no heading names them, the columns whose
 * cells name agencies. One task per row; a group row names the group of the
 * rows under it; a cell merged with the row above takes that row's agencies
 * and timeframe; what the outline around the table says fills what the row
 * leaves out. A table with no column of work (`STT | Chỉ tiêu | Chủ trì`) is
 * a table of targets, not of tasks.
 */
export const taskTable: TaskRule = {
  name: 'task-table',
  read({ node, scope, data }) {
    if (node.kind !== 'table') return null;
    if (!isTaskTable(node, data.agencyHead)) return { kind: 'skip' };
    const tasks = readTaskTable(node, scope, data.agencyHead).map(({ node: row, ...said }) => newTask(row, { ...said, context: scope.context }, node));
    return { kind: 'tasks', tasks, settled: true };
  },
};
