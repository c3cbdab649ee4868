import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../../src/ingest/extract/rules/field-line.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture field-line (a Party programme): lines after a group's tasks say who and when.
const plan = [
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  '',
  'Thực hiện Nghị quyết số 71-NQ/TW',
  '',
  '**III. NHIỆM VỤ, GIẢI PHÁP**',
  '',
  '**1. Hoàn thiện cơ chế, chính sách đặc thù về phát triển giáo dục và đào tạo của tỉnh**',
  '',
  '- Rà soát, đề xuất sửa đổi các nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ giáo viên.',
  '',
  '*Trách nhiệm chỉ đạo thực hiện:* Đảng ủy Ủy ban nhân dân tỉnh.',
  '',
  '*Đơn vị chủ trì (tham mưu) thực hiện:* Sở Giáo dục và Đào tạo.',
  '',
  '*Đơn vị phối hợp:* Sở Tài chính; Sở Nội vụ.',
  '',
  '*Thời gian thực hiện:* Năm 2026.',
  '',
  '*Sản phẩm:* Nghị quyết của Hội đồng nhân dân tỉnh.',
  '',
].join('\n');

describe('rule field-line', () => {
  it('reads a run of field lines as who leads, supports and when, the lines after the first (a product line too) read with it', () => {
    const input = ruleInput(plan, 'Trách nhiệm chỉ đạo');
    const effect = fieldLine.read(input);
    expect(effect?.kind).toBe('scope');
    if (effect?.kind !== 'scope') return;
    // A lead named on any line of the run comes before a direction on another.
    expect(effect.scope).toEqual({ lead: ['Sở Giáo dục và Đào tạo'], support: ['Sở Tài chính', 'Sở Nội vụ'], timeframe: expect.objectContaining({ raw: 'Năm 2026' }) });
    expect(effect.role).toBe('lead');
    expect(effect.covers?.map(([line, role]) => [line.text.slice(0, 12), role])).toEqual([
      ['Đơn vị chủ t', 'lead'],
      ['Đơn vị phối ', 'lead'],
      ['Thời gian th', 'timeframe'],
      ['Sản phẩm: Ng', null],
    ]);
  });

  it('skips a line of other facts, and leaves a line of work to other rules', () => {
    expect(fieldLine.read(ruleInput(plan, 'Sản phẩm'))).toEqual({ kind: 'skip', role: null });
    expect(fieldLine.read(ruleInput(plan, 'Rà soát'))).toBeNull();
  });
});
