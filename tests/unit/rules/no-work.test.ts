import { describe, expect, it } from 'vitest';
import { noWork } from '../../../src/ingest/extract/rules/no-work.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture no-work (seed 004): a purpose part whose bullets read like work.
const plan = [
  'KẾ HOẠCH',
  '',
  'thực hiện Kết luận số 91-KL/TW',
  '',
  '### I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '#### 2. Yêu cầu',
  '',
  '- Cấp ủy, chính quyền từ thành phố đến xã, phường thường xuyên kiểm tra, đánh giá, rút kinh nghiệm trong quá trình triển khai thực hiện.',
  '',
  '### II. NHIỆM VỤ, GIẢI PHÁP',
  '',
  '- Tăng cường sự lãnh đạo của các cấp ủy trong đổi mới căn bản, toàn diện giáo dục và đào tạo.',
  '',
].join('\n');

describe('rule no-work', () => {
  it('reads nothing of a part that lists no work as a task: its items are skipped, its groups only visited', () => {
    expect(noWork.read(ruleInput(plan, '- Cấp ủy, chính quyền'))).toEqual({ kind: 'skip' });
    expect(noWork.read(ruleInput(plan, '2. Yêu cầu'))).toEqual({ kind: 'descend', scope: {} });
  });

  it('leaves the items of a part of work to other rules', () => {
    const input = ruleInput(plan, '- Tăng cường');
    expect(input.scope.part).toBe('work');
    expect(noWork.read(input)).toBeNull();
  });
});
