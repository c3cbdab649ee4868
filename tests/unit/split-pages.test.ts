import { describe, expect, it } from 'vitest';
import { splitPages } from '../../src/ingest/render/split-pages.ts';
import type { PageBlock } from '../../src/ingest/render/render-mdx.ts';
import { pageOfId } from '../../src/lib/document-pages.ts';

const frame = (id: string, kind: string): PageBlock => ({ type: 'item', id, kind, role: null, level: 1, label: null, runIn: null, paragraphs: [{ text: kind, marks: [] }] });
const heading = (id: string, level: number, label: string): PageBlock => ({ type: 'heading', id, level, label, text: `Phần ${label}`, marks: [] });
const task = (id: string, level: number): PageBlock => ({
  type: 'item',
  id,
  kind: 'item',
  role: 'task',
  level,
  label: '-',
  runIn: null,
  paragraphs: [{ text: 'Tiếp tục đổi mới mạnh mẽ tư duy trong lãnh đạo, chỉ đạo; chuyển mạnh từ quản lý hành chính sang kiến tạo phát triển.', marks: [] }],
});

/** A plan: number and title, an opening paragraph, parts of `sizes[i]` groups of ten tasks each, recipients and signature. */
function plan(sizes: number[]): PageBlock[] {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  return [
    frame('so-ky-hieu', 'header'),
    frame('ten-van-ban', 'title'),
    frame('d1', 'paragraph'),
    ...sizes.flatMap((groups, part) => {
      const id = roman[part]!.toLowerCase();
      return [
        heading(id, 1, `${roman[part]}.`),
        ...Array.from({ length: groups }, (_, group) => [heading(`${id}-${group + 1}`, 2, `${group + 1}.`), ...Array.from({ length: 10 }, (__, item) => task(`${id}-${group + 1}-y${item + 1}`, 3))]).flat(),
      ];
    }),
    frame('noi-nhan', 'recipients'),
    frame('chu-ky', 'signature'),
  ];
}

const ids = (blocks: PageBlock[]) => blocks.map((block) => block.id);

describe('splitPages', () => {
  it('leaves a document that fits one page whole', () => {
    expect(splitPages(plan([3, 3]), 1_000_000)).toBeNull();
  });

  it('keeps the frame and opening first, puts parts whole on pages while they fit, and loses no block', () => {
    const blocks = plan([5, 5, 5, 5]);
    const split = splitPages(blocks, 160_000)!;
    expect(ids(split.first)).toEqual(['so-ky-hieu', 'ten-van-ban', 'd1', 'noi-nhan', 'chu-ky']);
    expect(split.pages.map((page) => page.key)).toEqual(['i', 'iii']);
    expect(split.pages.map((page) => page.roots)).toEqual([['i', 'ii'], ['iii', 'iv']]);
    expect([...ids(split.first), ...split.pages.flatMap((page) => ids(page.blocks))].sort()).toEqual(ids(blocks).sort());
  });

  it('splits a part too heavy alone by its items, its heading on the first of its pages, and finds every id’s page', () => {
    const blocks = plan([2, 30, 2]);
    const split = splitPages(blocks, 160_000)!;
    const keys = split.pages.map((page) => page.key);
    expect(keys.slice(0, 2)).toEqual(['i', 'ii']);
    // Part II goes on over pages that each open with one of its groups; part III follows it.
    expect(keys.slice(2, -1).every((key) => /^ii-\d+$/u.test(key)) && keys.length > 4).toBe(true);
    expect(ids(split.pages.at(-1)!.blocks)).toContain('iii');
    const second = split.pages[1]!;
    expect(ids(second.blocks).slice(0, 2)).toEqual(['ii', 'ii-1']);
    expect(second.exact).toEqual(['ii']);
    for (const page of split.pages) for (const block of page.blocks) expect(pageOfId(split.pages, block.id)?.key, block.id).toBe(page.key);
    for (const block of split.first) expect(pageOfId(split.pages, block.id)).toBeNull();
  });

  it('names apart an id the nesting does not tell: an item an amendment moved keeps its id elsewhere', () => {
    const blocks = plan([5, 5, 5, 5]);
    const moved = blocks.findIndex((block) => block.id === 'i-2-y3');
    const [item] = blocks.splice(moved, 1);
    blocks.splice(blocks.findIndex((block) => block.id === 'iv-1-y1'), 0, item!);
    const split = splitPages(blocks, 160_000)!;
    const holding = split.pages.find((page) => page.blocks.includes(item!))!;
    expect(holding.exact).toContain('i-2-y3');
    expect(pageOfId(split.pages, 'i-2-y3')).toBe(holding);
  });
});
