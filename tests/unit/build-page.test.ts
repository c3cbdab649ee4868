import { describe, expect, it } from 'vitest';
import { buildPage, passagesOf } from '../../src/ingest/render/build-page.ts';
import { parseDocument } from '../../src/ingest/pipeline.ts';
import { isParsed, type ParsedDocument } from '../../src/ingest/model/parsed-document.ts';
import { Timer } from '../../src/ingest/timer.ts';
import type { PageBlock } from '../../src/ingest/render/render-mdx.ts';
import { referenceData } from '../helpers/ingest-text.ts';

/** Cut from seed 001: its header, title, a target, two tasks under an agency, and its closing. */
const PLAN = `Số: /KH-UBND

Cao Bằng, ngày tháng 02 năm 2026

## KẾ HOẠCH

**Thực hiện Kế hoạch số 43-KH/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy**

### I. MỤC TIÊU

- Giảm ít nhất 40% số điểm trường lẻ.

### II. NHIỆM VỤ, GIẢI PHÁP

*1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành*

- Phát động các phong trào thi đua.

- Thời gian thực hiện: Hằng năm (từ năm 2026).

***Nơi nhận:***

- Bộ Giáo dục và Đào tạo;
- Lưu: VT, VX(M).

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

**Hà Nhật Lệ**
`;

function parsed(): ParsedDocument {
  const result = parseDocument('seeds/fixture.txt', new TextEncoder().encode(PLAN), referenceData, new Timer());
  if (!isParsed(result)) throw new Error('not parsed');
  return result;
}

function page(options: { targets?: Map<string, Array<{ start: number; end: number; id: string }>>; amended?: Map<string, string[]> } = {}): PageBlock[] {
  const document = parsed();
  const removed = [{ id: 'ii-1-y3', text: 'Sáp nhập các trường nhỏ lẻ.', section: 'ii-1' }];
  return buildPage(document.regions, document.facts, { ...document, removed }, options.targets ?? new Map(), options.amended ?? new Map());
}

describe('buildPage', () => {
  it('lays out the whole document in source order, the parts without numbering under fixed ids', () => {
    const blocks = page();
    expect(blocks.map((block) => `${block.type} ${block.id}`)).toEqual([
      'item so-ky-hieu',
      'item dia-danh-ngay',
      'item ten-van-ban',
      'heading i',
      'item i-y1',
      'heading ii',
      'heading ii-1',
      'item ii-1-y1',
      'item ii-1-y2',
      'item noi-nhan',
      'item chu-ky',
      'removed ii-1-y3',
    ]);
  });

  it('says what each item is: a task, a timeframe line, or nothing of the two', () => {
    const roles = page()
      .filter((block) => block.type === 'item')
      .map((block) => [block.id, block.role]);
    expect(roles).toContainEqual(['ii-1-y1', 'task']);
    expect(roles).toContainEqual(['ii-1-y2', 'timeframe']);
    expect(roles).toContainEqual(['i-y1', null]);
  });

  it('marks a target’s words in its paragraph, and shows earlier wordings on items that are not tasks', () => {
    const blocks = page({
      targets: new Map([['i-y1:0', [{ start: 5, end: 16, id: 'i-y1-ct1' }]]]),
      amended: new Map([
        ['i-y1', ['Giảm 30% số điểm trường lẻ.']],
        ['ii-1-y1', ['Phát động phong trào thi đua.']],
      ]),
    });
    const byId = new Map(blocks.map((block) => [block.id, block]));
    const target = byId.get('i-y1');
    expect(target?.type === 'item' && target.paragraphs[0]).toEqual({ text: 'Giảm ít nhất 40% số điểm trường lẻ.', marks: [{ start: 5, end: 16, id: 'i-y1-ct1' }] });
    expect(target?.type === 'item' && target.earlier).toEqual(['Giảm 30% số điểm trường lẻ.']);
    // A task's own page shows its earlier wording; the document page does not repeat it.
    const task = byId.get('ii-1-y1');
    expect(task?.type === 'item' && task.earlier).toBeUndefined();
  });

  it('gives every block a passage, an amended one with its earlier wording', () => {
    const blocks = page();
    const passages = passagesOf('cao-bang', blocks, () => undefined, new Map([['i-y1', ['Giảm 30% số điểm trường lẻ.']]]));
    expect(passages.map((passage) => passage.id)).toEqual(blocks.filter((block) => block.type !== 'removed').map((block) => block.id));
    expect(passages.find((passage) => passage.id === 'i-y1')).toMatchObject({ kind: 'item', earlier: ['Giảm 30% số điểm trường lẻ.'] });
    expect(passages.find((passage) => passage.id === 'ii-1-y1')).not.toHaveProperty('earlier');
  });
});
