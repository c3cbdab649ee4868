import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/ingest/parse/segment-outline.ts';
import type { OutlineNode } from '../../src/ingest/model/outline.ts';
import { formatMessage } from '../../src/ingest/messages.ts';
import { blocksOf } from '../helpers/blocks.ts';
import { referenceData } from '../helpers/ingest-text.ts';

/** Cut from seed 001: markdown levels that disagree with the numbering, run-in emphasis, bullets with a continuation. */
const PLAN = `### I. MỤC ĐÍCH, YÊU CẦU

#### 1. Mục đích

Cụ thể hóa quan điểm chỉ đạo.

## II. MỤC TIÊU

### 2. Mục tiêu cụ thể

#### 2.1. Mục tiêu đến năm 2030

- Về mạng lưới trường, lớp học: giảm ít nhất 40% số điểm trường lẻ.

  bảo đảm trên 80% số xã có trường bán trú hoặc nội trú.

- Về giáo dục nghề nghiệp: có 01 cơ sở giáo dục nghề nghiệp.

## 2.2. Mục tiêu đến năm 2035

Duy trì, nâng cao chất lượng phổ cập giáo dục mầm non.

## III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

*1.2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành*

- Phát động các phong trào thi đua.

- Thời gian thực hiện: Hằng năm (từ năm 2026).
`;

function outline(text: string): { root: OutlineNode; messages: string[] } {
  const { blocks, log } = blocksOf(text);
  const root = segmentOutline(blocks, log, referenceData.agencyHead);
  return { root, messages: log.messages.map(formatMessage) };
}

/** `id label first words` per node, indented by depth. */
function drawn(node: OutlineNode, depth = 0): string[] {
  const words = node.text.split(' ').slice(0, 4).join(' ');
  const own = depth === 0 ? [] : [`${'  '.repeat(depth - 1)}${node.id} ${node.numbering?.label ?? `(${node.kind})`} ${words}`];
  return [...own, ...node.children.flatMap((child) => drawn(child, depth + 1))];
}

describe('segmentOutline', () => {
  it('nests by the numbering, not by the markdown level, and names each node by its path', () => {
    const { root, messages } = outline(PLAN);
    expect(drawn(root)).toEqual([
      'i I. MỤC ĐÍCH, YÊU CẦU',
      '  i-1 1. Mục đích',
      '    i-1-d1 (paragraph) Cụ thể hóa quan',
      'ii II. MỤC TIÊU',
      '  ii-2 2. Mục tiêu cụ thể',
      '    ii-2-1 2.1. Mục tiêu đến năm',
      '      ii-2-1-y1 - Về mạng lưới trường,',
      '      ii-2-1-y2 - Về giáo dục nghề',
      '    ii-2-2 2.2. Mục tiêu đến năm',
      '      ii-2-2-d1 (paragraph) Duy trì, nâng cao',
      'iii III. NHIỆM VỤ, GIẢI PHÁP',
      '  iii-1-2 1.2. Sở Giáo dục và',
      '    iii-1-2-y1 - Phát động các phong',
      '    iii-1-2-y2 - Thời gian thực hiện:',
    ]);
    expect(messages).toEqual([]);
  });

  it('keeps a paragraph that goes on a bullet inside the bullet, and its last line', () => {
    const { root } = outline(PLAN);
    const bullet = root.children[1]!.children[0]!.children[0]!.children[0]!;
    expect(bullet.blocks.map((block) => block.text)).toEqual([
      'Về mạng lưới trường, lớp học: giảm ít nhất 40% số điểm trường lẻ.',
      'bảo đảm trên 80% số xã có trường bán trú hoặc nội trú.',
    ]);
    expect([bullet.start, bullet.end]).toEqual([13, 15]);
  });

  it('gives each node its level and parent, and marks the numbered parts with children as headings', () => {
    const { root } = outline(PLAN);
    const visit = (node: OutlineNode): void => {
      for (const child of node.children) {
        expect(child.parent).toBe(node);
        expect(child.level).toBe(node.level + 1);
        visit(child);
      }
    };
    visit(root);
    expect(root.children.map((part) => part.heading)).toEqual([true, true, true]);
    expect(root.children[1]!.children[0]!.children[0]!.children.map((bullet) => bullet.heading)).toEqual([false, false]);
  });

  it('closes the deeper levels a part outranks: `3.` after `2.1.` is a sibling of `2.`', () => {
    const { root } = outline('I. NHIỆM VỤ\n\n2. Rà soát\n\n2.1. Sắp xếp trường\n\n3. Đào tạo\n');
    expect(drawn(root)).toEqual(['i I. NHIỆM VỤ', '  i-2 2. Rà soát', '    i-2-1 2.1. Sắp xếp trường', '  i-3 3. Đào tạo']);
  });

  it('gives a repeated number an id of its own and says where both stand', () => {
    const { root, messages } = outline('I. NHIỆM VỤ\n\n1. Rà soát mạng lưới.\n\n1. Bổ sung biên chế.\n');
    expect(drawn(root)).toEqual(['i I. NHIỆM VỤ', '  i-1 1. Rà soát mạng lưới.', '  i-1-r2 1. Bổ sung biên chế.']);
    expect(messages).toEqual([
      'seeds/fixture.txt:5:1: warning: Unexpected second `1.` (first at line 3), expected numbering that does not repeat; its id is `i-1-r2` (segment:repeated-number)',
    ]);
  });

  it('nests the quoted new words of an amendment under the instruction that brings them, whatever their numbering', () => {
    const { root, messages } = outline(
      [
        'Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 45/KH-UBND như sau:',
        '',
        '1. Bổ sung gạch đầu dòng thứ ba vào điểm 2.4 khoản 2 mục III như sau:',
        '',
        '“- Xây dựng cơ sở dữ liệu số về đội ngũ nhà giáo.”',
        '',
        '2. Bổ sung mục IV như sau:',
        '',
        '“IV. KINH PHÍ THỰC HIỆN',
        '',
        '1. Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo',
        '',
        '- Bố trí kinh phí hằng năm.”',
        '',
        '3. Bổ sung nhiệm vụ sau vào khoản 3 mục III:',
        '',
        '- Tổ chức kiểm tra sức khỏe định kỳ cho học sinh.',
        '',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      ].join('\n'),
    );
    expect(drawn(root)).toEqual([
      'dieu-1 Điều 1. Sửa đổi, bổ sung',
      '  dieu-1-1 1. Bổ sung gạch đầu',
      '    dieu-1-1-y1 - Xây dựng cơ sở',
      '  dieu-1-2 2. Bổ sung mục IV',
      '    dieu-1-2-iv IV. KINH PHÍ THỰC HIỆN',
      '      dieu-1-2-iv-1 1. Sở Tài chính chủ',
      '        dieu-1-2-iv-1-y1 - Bố trí kinh phí',
      '  dieu-1-3 3. Bổ sung nhiệm vụ',
      '    dieu-1-3-y1 - Tổ chức kiểm tra',
      'dieu-2 Điều 2. Quyết định này có',
    ]);
    const quoted = (node: OutlineNode): string[] => [...(node.quoted ? [node.id] : []), ...node.children.flatMap(quoted)];
    expect(quoted(root)).toEqual(['dieu-1-1-y1', 'dieu-1-2-iv']);
    // The quotation marks go, the words stay.
    expect(root.children[0]!.children[0]!.children[0]!.text).toBe('Xây dựng cơ sở dữ liệu số về đội ngũ nhà giáo.');
    expect(root.children[0]!.children[1]!.children[0]!.children[0]!.children[0]!.text).toBe('Bố trí kinh phí hằng năm.');
    expect(messages).toEqual([]);
  });

  it('leaves a quotation that follows no amendment, or is never closed, as it stands', () => {
    expect(drawn(outline('I. NHIỆM VỤ\n\n1. Tuyên truyền khẩu hiệu:\n\n“Giáo dục là quốc sách hàng đầu”\n').root)).toEqual([
      'i I. NHIỆM VỤ',
      '  i-1 1. Tuyên truyền khẩu hiệu:',
      '    i-1-d1 (paragraph) “Giáo dục là quốc',
    ]);
    expect(drawn(outline('Điều 1. Bổ sung mục IV như sau:\n\n“IV. KINH PHÍ\n\nĐiều 2. Hiệu lực.\n').root)).toEqual([
      'dieu-1 Điều 1. Bổ sung mục IV',
      '  dieu-1-d1 (paragraph) “IV. KINH PHÍ',
      'dieu-2 Điều 2. Hiệu lực.',
    ]);
  });
});
