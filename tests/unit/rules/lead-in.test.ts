import { describe, expect, it } from 'vitest';
import { leadIn } from '../../../src/ingest/extract/rules/lead-in.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture lead-in (12-dong-thap-597): a sentence of work announcing its examples.
const plan = [
  'KẾ HOẠCH',
  '',
  'Phát triển hạ tầng số',
  '',
  '**III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU**',
  '',
  '**4.4. Nền tảng giám sát, điều hành giao thông thông minh**',
  '',
  'Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:',
  '',
  '- Hệ thống giám sát, điều hành giao thông thông minh.',
  '',
  '**4.5. Nền tảng nhận diện phương tiện**',
  '',
  'Trọng tâm:',
  '',
  '- Hệ thống kiểm tra tải trọng xe tự động.',
  '',
].join('\n');

describe('rule lead-in', () => {
  it('reads a sentence of work announcing its examples (`… như:`) as a task; its items, examples, take no context of it', () => {
    const effect = leadIn.read(ruleInput(plan, 'Nghiên cứu, triển khai'));
    expect(effect?.kind).toBe('tasks');
    expect(effect?.kind === 'tasks' && effect.tasks.map((task) => [task.text.slice(0, 40), task.context])).toEqual([
      ['Nghiên cứu, triển khai các nền tảng số c', null],
    ]);
  });

  it('leaves a short lead-in (`Trọng tâm:`) whose items are the work itself', () => {
    expect(leadIn.read(ruleInput(plan, 'Trọng tâm:'))).toBeNull();
  });
});
