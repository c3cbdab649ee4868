import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers/ingest-text.ts';

// The reading checks itself (issue 31): where a plan's layout promised tasks and the rules found none,
// the ingest says so at the place to look. Each case is a corpus plan with one part of its layout lost,
// as a copy loses it; each check is also shown silent on the plan as published.
const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../corpus/${name}`, import.meta.url)), 'utf8');
const warnings = (text: string, rule: string) =>
  ingestText(text, 'seeds/plan.txt').messages.filter((message) => message.includes(`(check:${rule})`));

describe('the reading checks itself', () => {
  const plan12 = corpus('12-dong-thap-597-kh-ubnd.txt');

  it('says where a part of work gave no task (its bullets lost, its items paragraphs naming no one)', () => {
    expect(warnings(plan12, 'work-part')).toEqual([]);
    const part = plan12.slice(plan12.indexOf('**III. NHIỆM VỤ'), plan12.indexOf('**IV. KINH PHÍ'));
    const lost = plan12.replace(part, part.replace(/^\*\*\d+\. [^*]+\*\*$/gmu, '').replace(/^- /gmu, ''));
    expect(warnings(lost, 'work-part')).toEqual([
      expect.stringMatching(/:126:1: warning: Unexpected part `III\. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU` of work with \d tasks read from its \d+ items/u),
    ]);
  });

  it('counts an agency heading whose paragraphs are its tasks as read (`8. Sở Giáo dục và Đào tạo` / `Chủ trì, tham mưu …`)', () => {
    const duties = readFileSync(fileURLToPath(new URL('../fixtures/work-paragraph/input.txt', import.meta.url)), 'utf8');
    expect(ingestText(duties).content!.tasks.map((task) => task.path)).toEqual(['IV.8', 'IV.9', 'IV.9', 'IV.10', 'IV.11']);
    expect(warnings(duties, 'work-part')).toEqual([]);
  });

  it('says where a part whose heading names no known purpose holds items of work it did not read', () => {
    const plan02 = corpus('02-can-tho-160-kh-ubnd.txt');
    // `IV. PHƯƠNG PHÁP, CÁC BƯỚC …` is read as work for its items; under a heading of criteria, most of them not.
    expect(warnings(plan02, 'unknown-part')).toEqual([]);
    const renamed = plan02
      .replace(/\*\*IV\. PHƯƠNG\s+PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ\*\*/u, '**IV. QUY TRÌNH MẪU**')
      .replace(/Các bước (?=giám sát|đánh giá)/gu, 'Quy trình ')
      .replace(/^\+ (?=Thông báo|Thu thập|Chọn ngẫu nhiên|Tiến hành)/gmu, '+ Bước: ');
    const found = warnings(renamed, 'unknown-part');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Unexpected part `IV\. QUY TRÌNH MẪU` read as neither work nor duties/u);
  });

  it('says where a table of work names no one who leads (its lead column’s heading unknown, its cells people)', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'Kiểm tra kỹ thuật an toàn năm 2026',
      '',
      'II. NỘI DUNG',
      '',
      '| TT | Nội dung công việc | Người làm | Ghi chú |',
      '| --- | --- | --- | --- |',
      '| 1 | Rà soát hồ sơ học viên | Đỗ Mạnh Cường |  |',
      '| 2 | Xây dựng bài kiểm tra | Vũ Việt Linh |  |',
      '| 3 | Tổ chức chấm bài | Nguyễn Thị Loan |  |',
    ].join('\n');
    expect(warnings(text, 'task-table')).toEqual([expect.stringMatching(/Unexpected table of work with none of its 3 rows read as a task: no column says who leads/u)]);
    expect(warnings(text.replace('Người làm', 'Người thực hiện'), 'task-table')).toEqual([]);
  });

  it('says where tasks have no lead while the plan’s field lines name leads (a group’s line lost)', () => {
    const programme = readFileSync(fileURLToPath(new URL('../fixtures/field-line/input.txt', import.meta.url)), 'utf8');
    expect(warnings(programme, 'leadless-group')).toEqual([]);
    const lost = programme.replace(/\n\*Trách nhiệm chỉ đạo thực hiện:\*.*\n\n\*Đơn vị chủ trì tham mưu thực hiện:\*.*\n/u, '\n');
    expect(warnings(lost, 'leadless-group')).toEqual([expect.stringMatching(/Unexpected 2 tasks with no lead under `1\. Nâng cao nhận thức/u)]);
  });

  it('says when a document gave no task at all', () => {
    const plan05 = corpus('05-dak-lak-0125-kh-ubnd.txt');
    expect(warnings(plan05, 'no-task')).toEqual([]);
    // Its only work is the sub-part `2. Nội dung thi đua`: relabelled, nothing is read as work.
    const relabelled = plan05.replace('**2. Nội dung\nthi đua**', '**2. Yêu cầu\nthi đua**');
    expect(relabelled).not.toBe(plan05);
    expect(warnings(relabelled, 'no-task')).toHaveLength(1);
  });
});
