import { describe, expect, it } from 'vitest';
import { fieldBlock } from '../../../src/ingest/extract/rules/field-block.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture field-block (16-ho-chi-minh-174): each activity given as labelled fields.
const plan = [
  'KẾ HOẠCH',
  '',
  'Triển khai các nhiệm vụ trọng tâm cuối năm 2025',
  '',
  '**III. NỘI DUNG HOẠT ĐỘNG**',
  '',
  '**1. Nâng cao nhận thức của chính quyền các cấp về bình đẳng giới**',
  '',
  'a) Hoạt động 1',
  '',
  '- Nội dung: Triển khai Tháng hành động vì bình đẳng giới.',
  '',
  '- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố.',
  '',
  '- Thời gian thực hiện: Tháng 11 và tháng 12 năm 2025.',
  '',
].join('\n');

describe('rule field-block', () => {
  it('reads one task from the content field of a block of fields, with who and when from the others', () => {
    const effect = fieldBlock.read(ruleInput(plan, 'a) Hoạt động 1'));
    expect(effect?.kind).toBe('tasks');
    if (effect?.kind !== 'tasks') return;
    expect(effect.tasks.map((task) => [task.text, task.lead, task.support, task.timeframe?.raw])).toEqual([
      ['Triển khai Tháng hành động vì bình đẳng giới.', ['Sở Nội vụ'], ['Các sở, ban, ngành, đoàn thể Thành phố'], 'Tháng 11 và tháng 12 năm 2025'],
    ]);
    expect(effect.roles?.map(([line, role]) => [line.text.slice(0, 16), role])).toEqual([
      ['Cơ quan thực hiệ', 'lead'],
      ['Thời gian thực h', 'timeframe'],
    ]);
  });

  it('leaves a group whose items are work, not fields, to other rules', () => {
    expect(fieldBlock.read(ruleInput(plan, '1. Nâng cao nhận thức'))).toBeNull();
  });
});
