import { describe, expect, it } from 'vitest';
import { workParagraph } from '../../../src/ingest/extract/rules/work-paragraph.ts';
import { ruleInput } from '../../helpers/rule-input.ts';

// Cut from the fixture work-paragraph (14-dong-thap-556) and from seed 005 (a bullet lost among bullets).
const plan = [
  'KẾ HOẠCH',
  '',
  'Thực hiện Nghị quyết số 48/NQ-CP',
  '',
  '**IV. NHIỆM VỤ CỤ THỂ**',
  '',
  '**10. Công an tỉnh**',
  '',
  'Thực hiện tốt công tác phòng ngừa, phát hiện, đấu tranh, xử lý các hành vi vi phạm trong khai thác tài nguyên.',
  '',
  '**11. Tăng cường giáo dục toàn diện**',
  '',
  '- Tập trung hoàn thiện hệ thống pháp luật, cơ chế, chính sách nhằm bảo đảm yêu cầu giáo dục đạo đức.',
  '',
  'Xây dựng và cụ thể hóa hệ giá trị con người Việt Nam trong thời đại mới.',
  '',
  '**12. Doanh nghiệp số**',
  '',
  'Phát triển các doanh nghiệp số là lực đẩy chủ đạo để chuyển đổi mô hình tăng trưởng.',
  '',
].join('\n');

describe('rule work-paragraph', () => {
  it('reads a paragraph under an agency that leads it, or among bullets (its own lost), as a task', () => {
    const led = workParagraph.read(ruleInput(plan, 'Thực hiện tốt công tác', { lead: ['Công an tỉnh'] }));
    expect(led?.kind === 'tasks' && led.tasks.map((task) => task.lead)).toEqual([['Công an tỉnh']]);
    const amongBullets = workParagraph.read(ruleInput(plan, 'Xây dựng và cụ thể hóa'));
    expect(amongBullets?.kind === 'tasks' && amongBullets.tasks.map((task) => task.text)).toEqual(['Xây dựng và cụ thể hóa hệ giá trị con người Việt Nam trong thời đại mới.']);
  });

  it('skips a paragraph that says what something is, and leaves items to other rules', () => {
    expect(workParagraph.read(ruleInput(plan, 'Phát triển các doanh nghiệp số'))).toEqual({ kind: 'skip' });
    expect(workParagraph.read(ruleInput(plan, '- Tập trung hoàn thiện'))).toBeNull();
  });
});
