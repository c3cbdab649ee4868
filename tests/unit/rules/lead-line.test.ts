import { describe, expect, it } from 'vitest';
import { leadLine } from '../../../src/ingest/extract/rules/lead-line.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture lead-line (seed 001) and 16-ho-chi-minh-174: a line naming who leads the items after it, nothing to do of its own.
const plan = [
  'KẾ HOẠCH',
  '',
  'Thực hiện Nghị quyết số 71-NQ/TW',
  '',
  '**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**',
  '',
  '**3. Nâng cao chất lượng giáo dục toàn diện**',
  '',
  'Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, đơn vị và địa phương:',
  '',
  '- Thực hiện hiệu quả Chương trình giáo dục mầm non mới.',
  '',
  '**4. Tháng hành động vì bình đẳng giới**',
  '',
  'Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:',
  '',
  '- Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động.',
  '',
].join('\n');

describe('rule lead-line', () => {
  it('reads a line declaring who leads and supports as the scope of the items after it', () => {
    expect(leadLine.read(ruleInput(plan, 'Sở Giáo dục và Đào tạo chủ trì'))).toEqual({
      kind: 'scope',
      scope: { lead: ['Sở Giáo dục và Đào tạo'], support: ['Các sở, ban, ngành, đơn vị và địa phương'] },
      role: 'lead',
      after: true,
    });
  });

  it('reads a line announcing the duties of some agencies as their lead; a line of work is not its to read', () => {
    const announced = leadLine.read(ruleInput(plan, 'Căn cứ tình hình thực tế'));
    expect(announced?.kind === 'scope' && announced.scope.lead).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(leadLine.read(ruleInput(plan, '- Thực hiện hiệu quả'))).toBeNull();
  });
});
