import { describe, expect, it } from 'vitest';
import { group } from '../../../src/ingest/extract/rules/group.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture group (seed 001): numbered items grouping tasks and giving their period.
const plan = [
  'KẾ HOẠCH',
  '',
  'Thực hiện Nghị quyết số 71-NQ/TW',
  '',
  '**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**',
  '',
  '**2. Xây dựng, triển khai các cơ chế, chính sách cho phát triển giáo dục và đào tạo (thực hiện hằng năm, từ năm 2026)**',
  '',
  '- Tiếp tục thực hiện hiệu quả các cơ chế, chính sách cho phát triển giáo dục và đào tạo của tỉnh.',
  '',
  '**4.1. Ứng dụng hệ thống thông tin địa lý (GIS) trong quản lý quy hoạch**',
  '',
  'Nghiên cứu, ứng dụng GIS để quản lý, giám sát và cung cấp thông tin quy hoạch.',
  '',
  'Xây dựng cơ sở dữ liệu GIS dùng chung.',
  '',
].join('\n');

describe('rule group', () => {
  it('reads a numbered item with items under it as their group, giving its period', () => {
    const effect = group.read(ruleInput(plan, '2. Xây dựng, triển khai'));
    expect(effect?.kind).toBe('descend');
    expect(effect?.kind === 'descend' && effect.scope.timeframe?.raw).toBe('thực hiện hằng năm, từ năm 2026');
  });

  it('reads a heading whose body is paragraphs only as one task, its paragraphs’ words', () => {
    const effect = group.read(ruleInput(plan, '4.1. Ứng dụng'));
    expect(effect?.kind === 'tasks' && effect.tasks.map((task) => [task.text, task.context])).toEqual([
      ['Nghiên cứu, ứng dụng GIS để quản lý, giám sát và cung cấp thông tin quy hoạch. Xây dựng cơ sở dữ liệu GIS dùng chung.', 'Ứng dụng hệ thống thông tin địa lý (GIS) trong quản lý quy hoạch'],
    ]);
    expect(group.read(ruleInput(plan, '- Tiếp tục thực hiện'))).toBeNull();
  });
});
