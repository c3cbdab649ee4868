import { describe, expect, it } from 'vitest';
import { TargetSchema, TaskSchema, DocumentSchema } from '../../src/schema/index.ts';
import { ingestText } from '../helpers/ingest-text.ts';

const plan = (group: string, lead: string, task = 'Rà soát quy hoạch mạng lưới trường lớp.') =>
  `KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2026 trên địa bàn tỉnh Cao Bằng\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. ${group}\n\n1.1. ${lead} chủ trì, phối hợp với các sở, ban, ngành\n\n- ${task}\n`;

describe('the schemas', () => {
  const task = ingestText(plan('Đẩy mạnh chuyển đổi số', 'Sở Tài chính')).content!.tasks[0]!;

  it('accept what the ingest writes', () => {
    expect(TaskSchema.parse(task)).toEqual(task);
  });

  it('reject an id that is not an ASCII slug, a comparator outside the contract, a malformed hash', () => {
    expect(TaskSchema.safeParse({ ...task, id: 'III-2' }).success).toBe(false);
    expect(TargetSchema.shape.comparator.safeParse('≥').success).toBe(false);
    expect(DocumentSchema.shape.sha256.safeParse('abc').success).toBe(false);
  });

  it('reject a timeframe whose dates are not ISO dates', () => {
    expect(TaskSchema.safeParse({ ...task, timeframe: { raw: 'Quý I/2026', end: '31/03/2026' } }).success).toBe(false);
  });
});

describe('resolution across documents', () => {
  it('keeps an agency that matches no alias entry, and reports it', () => {
    const { content, messages } = ingestText(plan('Đẩy mạnh chuyển đổi số', 'Trung tâm Giáo dục thường xuyên tỉnh'));
    const agency = content!.agencies.find((candidate) => candidate.id === 'cao-bang-trung-tam-giao-duc-thuong-xuyen-tinh');
    expect(agency).toMatchObject({ name: 'Trung tâm Giáo dục thường xuyên tỉnh', unresolved: true, type: 'phòng, đơn vị' });
    expect(content!.tasks[0]!.leadIds).toEqual([agency!.id]);
    expect(messages).toContain(
      'seeds/fixture.txt:1:1: info: Agency `Trung tâm Giáo dục thường xuyên tỉnh` matches no entry of data/agency-aliases.json; kept as written (resolve:agency)',
    );
  });

  it('reports a task group whose tasks fit no theme, and files them under the fallback theme', () => {
    const { content, messages } = ingestText(plan('Công tác khác trong năm', 'Sở Tài chính', 'Tổ chức hội nghị tổng kết năm.'));
    expect(content!.tasks[0]!.themes).toEqual(['khac']);
    expect(messages).toContain(
      'seeds/fixture.txt:7:1: warning: Unexpected task group `Công tác khác trong năm` that no theme rule matches, expected a rule or an override in data/themes.json (resolve:theme)',
    );
  });

  it('files a task of such a group by its own words, and says nothing', () => {
    const { content, messages } = ingestText(plan('Công tác khác trong năm', 'Sở Tài chính'));
    expect(content!.tasks[0]!.themes).toEqual(['nha-giao-co-so-vat-chat']);
    expect(messages.filter((message) => message.includes('resolve:theme'))).toEqual([]);
  });
});
