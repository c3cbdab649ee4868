import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { agencyCards, documentCard } from '../../scripts/lib/previews/preview-cards.ts';
import { FONT_FILES, wrap } from '../../scripts/lib/previews/render-card.ts';
import type { Agency, DocumentFacts, Task } from '../../src/schema/index.ts';

/** Dark pixels of one line of text drawn as the cards draw it. */
function ink(text: string): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120"><text x="20" y="90" font-family="Be Vietnam Pro" font-size="80" font-weight="700">${text}</text></svg>`;
  const { pixels } = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } }).render();
  let dark = 0;
  for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 128) dark++;
  return dark;
}

describe('link-preview images (issue 13.5)', () => {
  it('draw the letters of Vietnamese, tone marks and all, from the font they ship with', () => {
    expect(ink('e')).toBeGreaterThan(200);
    expect(ink('ệ')).toBeGreaterThan(ink('e'));
    expect(ink('ầ')).toBeGreaterThan(ink('a'));
    expect(ink('Đ')).toBeGreaterThan(ink('D'));
  });

  it('break a long title into at most four lines, the last ending in …', () => {
    const title = 'Kế hoạch thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn tỉnh Cao Bằng giai đoạn 2025–2030, tầm nhìn đến năm 2045';
    const lines = wrap(title, 38, 4);
    expect(lines.length).toBe(4);
    expect(lines.every((line) => line.length <= 38)).toBe(true);
    expect(lines.at(-1)).toMatch(/ …$/u);
    expect(wrap('Sở Tài chính', 38, 4)).toEqual(['Sở Tài chính']);
  });

  it('name a document by kind, province and number, and an agency by what it leads and supports, a kind counting its members', () => {
    const document = { id: 'x', kind: 'Kế hoạch', province: 'Cao Bằng', national: false, number: '45/KH-UBND', title: 'T', issuer: 'UBND tỉnh', counts: { tasks: 30, targets: 12 } };
    expect(documentCard(document as unknown as DocumentFacts)).toEqual({
      path: 'anh/van-ban/x',
      eyebrow: 'Kế hoạch · Cao Bằng · Số 45/KH-UBND',
      title: 'T',
      footer: 'UBND tỉnh · 30 nhiệm vụ · 12 chỉ tiêu',
    });
    const agency = (id: string, province: string | null, kind: string | null) => ({ id, name: 'Sở Tài chính', province, kind, type: 'sở', aliases: [] }) as unknown as Agency;
    const task = (leadIds: string[], supportIds: string[]) => ({ leadIds, supportIds }) as unknown as Task;
    const cards = agencyCards(
      [agency('so-tai-chinh', null, null), agency('cb-so-tai-chinh', 'Cao Bằng', 'so-tai-chinh'), agency('ld-so-tai-chinh', 'Lâm Đồng', 'so-tai-chinh')],
      [task(['cb-so-tai-chinh'], []), task(['ld-so-tai-chinh'], ['cb-so-tai-chinh'])],
    );
    expect(cards.map((card) => [card.eyebrow, card.footer])).toEqual([
      ['sở · Mọi tỉnh', 'Chủ trì 2 · phối hợp 1 nhiệm vụ'],
      ['sở · Cao Bằng', 'Chủ trì 1 · phối hợp 1 nhiệm vụ'],
      ['sở · Lâm Đồng', 'Chủ trì 1 · phối hợp 0 nhiệm vụ'],
    ]);
  });
});
