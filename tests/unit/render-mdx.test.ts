import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { renderMdx, type PageBlock } from '../../src/ingest/render/render-mdx.ts';
import type { Erratum } from '../../src/schema/index.ts';

/** A target item of seed 001, with what a hostile seed could hold after it. */
const TASK_TEXT = 'Về mạng lưới trường, lớp học: giảm ít nhất 40% số điểm trường lẻ; {x} <script>alert(1)</script> *đậm*';
const TASK: PageBlock = {
  type: 'item',
  id: 'ii-2-1-y1',
  kind: 'item',
  role: 'task',
  level: 4,
  label: '-',
  runIn: 'Về mạng lưới trường, lớp học:',
  paragraphs: [{ text: TASK_TEXT, marks: [] }],
};
const errata: Erratum[] = [{ text: 'Thê chế hóa', read: 'Thể chế hóa', sources: ['572145c0e99bd230'] }];

const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('---\n\n', 4) + 5);

describe('renderMdx', () => {
  it('writes the front-matter as YAML that reads back to the same record', () => {
    const facts = { id: 'cao-bang-kh-ubnd-2026-02', title: 'Kế hoạch: "Thực hiện" #71', implements: ['71-NQ/TW'], date: null };
    const mdx = renderMdx(facts, [], []);
    expect(mdx.startsWith('---\n')).toBe(true);
    expect(load(mdx.slice(4, mdx.indexOf('---\n', 4)))).toEqual(facts);
  });

  it('keeps every character of the source as text: braces, angle brackets and asterisks are escaped, never code', () => {
    const body = bodyOf(renderMdx({}, [TASK], []));
    expect(body).toContain('\\{x}');
    expect(body).toContain('\\<script>alert(1)\\</script>');
    expect(body).toContain('\\*đậm\\*');
    expect(body).not.toMatch(/(?<!\\)[{<]script|(?<!\\)\{x/u);
  });

  it('sets the run-in label in bold and wraps a target’s words in a Target with its anchor', () => {
    const marked = { ...TASK, paragraphs: [{ text: TASK_TEXT, marks: [{ start: 30, end: 46, id: 'ii-2-1-y1-ct1' }] }] } as PageBlock;
    const body = bodyOf(renderMdx({}, [marked], []));
    expect(body).toContain('<Item id="ii-2-1-y1" kind="item" role="task" level="4" label="-">');
    expect(body).toContain('**Về mạng lưới trường, lớp học:** <Target id="ii-2-1-y1-ct1">giảm ít nhất 40%</Target> số điểm trường lẻ;');
  });

  it('marks a reviewed correction where it applies, the source words kept', () => {
    const paragraph: PageBlock = { type: 'item', id: 'ii-1-y1', kind: 'item', role: null, level: 3, label: '-', runIn: null, paragraphs: [{ text: 'Thê chế hóa và tổ chức thực hiện', marks: [] }] };
    expect(bodyOf(renderMdx({}, [paragraph], errata))).toContain('<Erratum read="Thể chế hóa">Thê chế hóa</Erratum> và tổ chức thực hiện');
  });

  it('writes headings, earlier wordings, tables and tombstones as their components', () => {
    const blocks: PageBlock[] = [
      { type: 'heading', id: 'ii', level: 1, label: 'II.', text: 'MỤC TIÊU', marks: [] },
      { ...TASK, role: null, earlier: ['Giảm 30% số điểm trường lẻ.'] } as PageBlock,
      { type: 'table', id: 'pl-1-b1', level: 2, header: ['Nhiệm vụ', 'Chủ trì'], rows: [{ id: 'pl-1-b1-h1', cells: ['Rà soát mạng lưới', 'Sở Giáo dục và Đào tạo'], marks: [[], []] }] },
      { type: 'removed', id: 'ii-2-1-y3', text: 'Sáp nhập các trường nhỏ lẻ.', section: 'ii-2-1' },
    ];
    const body = bodyOf(renderMdx({}, blocks, []));
    expect(body).toContain('<Heading id="ii" level="1" label="II.">\n  MỤC TIÊU\n</Heading>');
    expect(body).toContain('<Amended>\n    Giảm 30% số điểm trường lẻ.\n  </Amended>');
    expect(body).toMatch(/<TaskTable id="pl-1-b1" level="2">[\s\S]*<Row header="true">[\s\S]*<Row id="pl-1-b1-h1">[\s\S]*Sở Giáo dục và Đào tạo/u);
    expect(body).toContain('<Removed id="ii-2-1-y3" section="ii-2-1">\n  Sáp nhập các trường nhỏ lẻ.\n</Removed>');
  });
});
