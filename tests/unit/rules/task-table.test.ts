import { describe, expect, it } from 'vitest';
import { taskTable } from '../../../src/ingest/extract/rules/task-table.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture task-table (seed 002): a plan's schedule as a table of work and who leads it.
const plan = (table: string) => `KẾ HOẠCH\n\nTuyên truyền năm 2026\n\nV. KẾ HOẠCH, THỜI GIAN CỤ THỂ\n\n${table}\n`;

describe('rule task-table', () => {
  it('reads a task from each row of a table of work, with who leads, supports and when', () => {
    const input = ruleInput(
      plan(
        [
          '| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |',
          '| --- | --- | --- | --- | --- |',
          '| 1 | Xây dựng kế hoạch tuyên truyền triển khai năm 2026 | Sở GDĐT | UBND các xã, phường | Tháng 02/2026 |',
          '| 2 | Phát động các phong trào thi đua trong ngành giáo dục | Sở GDĐT | Các CSGD | Theo năm học |',
        ].join('\n'),
      ),
      'TT | Nội dung',
    );
    const effect = taskTable.read(input);
    expect(effect?.kind).toBe('tasks');
    if (effect?.kind !== 'tasks') return;
    expect(effect.settled).toBe(true);
    expect(effect.tasks.map((task) => [task.text, task.lead, task.support, task.timeframe?.raw, task.section])).toEqual([
      ['Xây dựng kế hoạch tuyên truyền triển khai năm 2026', ['Sở GDĐT'], ['UBND các xã, phường'], 'Tháng 02/2026', input.node],
      ['Phát động các phong trào thi đua trong ngành giáo dục', ['Sở GDĐT'], ['Các CSGD'], 'Theo năm học', input.node],
    ]);
  });

  it('reads no task from a table without a column of work, and leaves other blocks to other rules', () => {
    const targets = ruleInput(plan('| STT | Chỉ tiêu | Chủ trì |\n| --- | --- | --- |\n| 1 | 100% trường học kết nối Internet | Sở GDĐT |'), 'STT | Chỉ tiêu');
    expect(taskTable.read(targets)).toEqual({ kind: 'skip' });
    expect(taskTable.read(ruleInput(plan('- Xây dựng kế hoạch tuyên truyền.'), 'Xây dựng'))).toBeNull();
  });
});
