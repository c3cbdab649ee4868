import { describe, expect, it } from 'vitest';
import { agencyBlock } from '../../../src/ingest/extract/rules/agency-block.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture agency-block (01-can-tho-159): each agency's heading, its duties under it.
const plan = [
  'KẾ HOẠCH',
  '',
  'Truyền thông về giảm nghèo đa chiều',
  '',
  '**V. TỔ CHỨC THỰC HIỆN**',
  '',
  '**1. Sở Nông nghiệp và Môi trường**',
  '',
  '- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.',
  '',
  '**2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ**',
  '',
  '- Định hướng, chỉ đạo các cơ quan báo chí tuyên truyền về Chương trình.',
  '',
  '**III. NHIỆM VỤ**',
  '',
  '**1. Sở Tài chính:** Bố trí kinh phí thực hiện Kế hoạch.',
  '',
].join('\n');

describe('rule agency-block', () => {
  it('reads a heading naming an agency as the lead of the items under it, its duties under the organisation', () => {
    expect(agencyBlock.read(ruleInput(plan, '1. Sở Nông nghiệp'))).toEqual({
      kind: 'descend',
      scope: { lead: ['Sở Nông nghiệp và Môi trường'], support: [], agencyBlock: true, context: null },
      role: 'lead',
    });
    const declared = agencyBlock.read(ruleInput(plan, '2. Sở Văn hóa'));
    expect(declared?.kind === 'descend' && [declared.scope.lead, declared.scope.support]).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Nội vụ']]);
  });

  it('reads an agency’s block written as one paragraph (`**1. Sở Tài chính:** …`) as its task in a part of work', () => {
    const effect = agencyBlock.read(ruleInput(plan, '1. Sở Tài chính'));
    expect(effect?.kind === 'tasks' && effect.tasks.map((task) => [task.text, task.lead])).toEqual([
      ['Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.', ['Sở Tài chính']],
    ]);
    expect(agencyBlock.read(ruleInput(plan, '- Chủ trì tham mưu'))).toBeNull();
  });
});
