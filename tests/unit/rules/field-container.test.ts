import { describe, expect, it } from 'vitest';
import { fieldContainer } from '../../../src/ingest/extract/rules/field-container.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture field-container: an item whose items are all fields of it.
const plan = [
  'KẾ HOẠCH',
  '',
  'Chuyển đổi số trong giáo dục năm 2026',
  '',
  '**III. NHIỆM VỤ, GIẢI PHÁP**',
  '',
  '**1. Xây dựng kho học liệu số dùng chung của tỉnh**',
  '',
  'a) Đơn vị chủ trì: Sở Giáo dục và Đào tạo.',
  '',
  'b) Đơn vị phối hợp: Sở Khoa học và Công nghệ; Sở Tài chính.',
  '',
  'c) Thời gian thực hiện: Quý II/2026.',
  '',
  '**2. Tổ chức bồi dưỡng năng lực số cho giáo viên**',
  '',
  'a) Rà soát nhu cầu bồi dưỡng của giáo viên.',
  '',
].join('\n');

describe('rule field-container', () => {
  it('reads an item whose items are all its fields as one task, shown as an item rather than a heading', () => {
    const input = ruleInput(plan, '1. Xây dựng kho học liệu');
    expect(input.node.heading).toBe(true);
    const effect = fieldContainer.read(input);
    expect(effect?.kind).toBe('tasks');
    if (effect?.kind !== 'tasks') return;
    expect(effect.tasks.map((task) => [task.text, task.lead, task.support, task.timeframe?.raw])).toEqual([
      ['Xây dựng kho học liệu số dùng chung của tỉnh', ['Sở Giáo dục và Đào tạo'], ['Sở Khoa học và Công nghệ', 'Sở Tài chính'], 'Quý II/2026'],
    ]);
    expect(effect.roles?.map(([, role]) => role)).toEqual(['lead', 'lead', 'timeframe']);
    expect(effect.shownAsItems).toEqual([input.node]);
    // The rule reads; the extractor applies what it returns.
    expect(input.node.heading).toBe(true);
  });

  it('leaves an item with work under it to other rules', () => {
    expect(fieldContainer.read(ruleInput(plan, '2. Tổ chức bồi dưỡng'))).toBeNull();
  });
});
