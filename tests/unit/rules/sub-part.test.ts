import { describe, expect, it } from 'vitest';
import { subPart } from '../../../src/ingest/extract/rules/sub-part.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture sub-part (a Party plan of emulation): `2. Nội dung thi đua` lists work under a part that does not.
const plan = [
  'KẾ HOẠCH',
  '',
  'Phát động phong trào thi đua',
  '',
  '**II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA**',
  '',
  '**1. Đối tượng thi đua**',
  '',
  'a) Tập thể: Các cơ quan Đảng trực thuộc Tỉnh ủy; các Sở, ban, ngành.',
  '',
  '**2. Nội dung thi đua**',
  '',
  'a) Thi đua thực hiện thành công cuộc bầu cử; kịp thời chỉ đạo, tổ chức triển khai.',
  '',
  '**III. KINH PHÍ**',
  '',
  '**1. Kinh phí thực hiện**',
  '',
].join('\n');

describe('rule sub-part', () => {
  it('reads the items of a sub-part labelled for work as work, whatever its part is for', () => {
    const input = ruleInput(plan, '2. Nội dung thi đua');
    expect(input.scope.part).toBe('other');
    expect(subPart.read(input)).toEqual({ kind: 'descend', scope: { part: 'work', lead: [], support: [], agencyBlock: false, context: null } });
  });

  it('leaves a sub-part labelled as its part is, and skips an empty one labelled for another purpose', () => {
    expect(subPart.read(ruleInput(plan, '1. Đối tượng thi đua'))).toBeNull();
    expect(subPart.read(ruleInput(plan, '1. Kinh phí thực hiện', { part: 'work' }))).toEqual({ kind: 'skip' });
  });
});
