import { describe, expect, it } from 'vitest';
import { splitRegions } from '../../src/ingest/parse/split-regions.ts';
import type { Block } from '../../src/ingest/model/outline.ts';
import { formatMessage } from '../../src/ingest/messages.ts';
import { blocksOf } from '../helpers/blocks.ts';
import { referenceData } from '../helpers/ingest-text.ts';

/** Cut from seed 001 (header, title, preamble, closing), with an annex after the signature as the corpus plans have. */
const PLAN = `Số: /KH-UBND

Cao Bằng, ngày tháng 02 năm 2026

## KẾ HOẠCH

**Thực hiện Kế hoạch số 43-KH/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy**

Thực hiện Nghị quyết số 281/NQ-CP ngày 15/9/2025 của Chính phủ, UBND tỉnh xây dựng Kế hoạch triển khai thực hiện như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Cụ thể hóa quan điểm chỉ đạo./.

***Nơi nhận:***

- Bộ Giáo dục và Đào tạo;
- Lưu: VT, VX(M).

**TM. ỦY BAN NHÂN DÂN**  
**KT. CHỦ TỊCH**  
**PHÓ CHỦ TỊCH**

**Hà Nhật Lệ**

**PHỤ LỤC I**

**DANH MỤC NHIỆM VỤ**

1. Rà soát mạng lưới trường học.
`;

const firstLines = (blocks: Block[]) => blocks.map((block) => block.text.split('\n')[0]!);

function regions(text: string) {
  const { blocks, log } = blocksOf(text);
  return { regions: splitRegions(blocks, referenceData.documentKinds, referenceData.portal, log), log };
}

describe('splitRegions', () => {
  it('parts a plan into header, kind and title, body, closing and annexes, in source order', () => {
    const { regions: parts, log } = regions(PLAN);
    expect(firstLines(parts.header)).toEqual(['Số: /KH-UBND', 'Cao Bằng, ngày tháng 02 năm 2026']);
    expect(parts.kind?.name).toBe('Kế hoạch');
    expect(parts.titleLines).toEqual(['Thực hiện Kế hoạch số 43-KH/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy']);
    expect(firstLines(parts.body)).toEqual([
      'Thực hiện Nghị quyết số 281/NQ-CP ngày 15/9/2025 của Chính phủ, UBND tỉnh xây dựng Kế hoạch triển khai thực hiện như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Cụ thể hóa quan điểm chỉ đạo./.',
    ]);
    expect(parts.closing[0]!.start).toBe(15);
    expect(parts.closing.at(-1)!.text).toContain('Hà Nhật Lệ');
    expect(parts.annexes.map((annex) => annex.heading?.text)).toEqual(['PHỤ LỤC I']);
    expect(firstLines(parts.annexes[0]!.blocks)).toEqual(['DANH MỤC NHIỆM VỤ', 'Rà soát mạng lưới trường học.']);
    expect(parts.issuing).toBeNull();
    expect(parts.portal).toBeNull();
    expect(log.messages).toEqual([]);
  });

  it('loses no block: every block of the text is in exactly one region', () => {
    const { blocks, log } = blocksOf(PLAN);
    const parts = splitRegions(blocks, referenceData.documentKinds, referenceData.portal, log);
    const placed = [
      ...parts.header,
      ...parts.titleBlocks,
      ...parts.body,
      ...parts.closing,
      ...parts.annexes.flatMap((annex) => [...(annex.heading ? [annex.heading] : []), ...annex.blocks]),
    ];
    expect(placed.map((block) => block.start).sort((a, b) => a - b)).toEqual(blocks.map((block) => block.start));
  });

  it('says where a text without a kind line begins, and keeps the whole text as body', () => {
    const { regions: parts, log } = regions('Một số nội dung về giáo dục.\n\n1. Rà soát mạng lưới trường học.\n');
    expect(parts.kind).toBeNull();
    expect(firstLines(parts.body)).toEqual(['Một số nội dung về giáo dục.', 'Rà soát mạng lưới trường học.']);
    expect(log.messages.map(formatMessage)).toEqual([
      'seeds/fixture.txt:1:1: warning: Unexpected document without a kind line, expected a line such as `KẾ HOẠCH` before the title (segment:kind-line)',
    ]);
  });
});
