import { describe, expect, it } from 'vitest';
import { workItem } from '../../../src/ingest/extract/rules/work-item.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture work-item (seed 003): items of work, then the organisation's items.
const plan = [
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  '',
  'Thực hiện Nghị quyết số 71-NQ/TW',
  '',
  'III. NHIỆM VỤ VÀ GIẢI PHÁP',
  '',
  '1. Nâng cao nhận thức, đổi mới tư duy và hành động',
  '',
  '- Quán triệt đầy đủ, sâu sắc trong cả hệ thống chính trị và toàn xã hội các quan điểm, chủ trương của Đảng.',
  '',
  'IV. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Các đảng ủy trực thuộc Tỉnh ủy tổ chức nghiên cứu, quán triệt, tuyên truyền kết quả trong toàn Đảng bộ.',
  '',
  '3. Đảng ủy Ủy ban nhân dân tỉnh',
  '',
  '- Lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo các cơ quan liên quan xây dựng các đề án triển khai.',
  '',
].join('\n');

describe('rule work-item', () => {
  it('reads an item of a part of work as a task, and one of an agency’s duties under the organisation', () => {
    const work = workItem.read(ruleInput(plan, '- Quán triệt'));
    expect(work?.kind === 'tasks' && work.tasks.map((task) => task.text.slice(0, 30))).toEqual(['Quán triệt đầy đủ, sâu sắc tro']);
    const duty = workItem.read(ruleInput(plan, '- Lãnh đạo Ủy ban', { lead: ['Đảng ủy Ủy ban nhân dân tỉnh'], agencyBlock: true }));
    expect(duty?.kind === 'tasks' && duty.tasks.map((task) => task.lead)).toEqual([['Đảng ủy Ủy ban nhân dân tỉnh']]);
  });

  it('skips an item standing alone under the organisation (an agency’s responsibility), and leaves groups to other rules', () => {
    expect(workItem.read(ruleInput(plan, '1. Các đảng ủy trực thuộc'))).toEqual({ kind: 'skip' });
    expect(workItem.read(ruleInput(plan, '1. Nâng cao nhận thức'))).toBeNull();
  });
});
