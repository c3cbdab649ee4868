import { dump } from 'js-yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { NodeRole, OutlineNode, TargetMark } from '../model/outline.ts';
import { findErrata, type ErratumMark } from '../../lib/errata-marks.ts';
import type { Erratum } from '../../schema/index.ts';

/** One block of the document page, in source order, before it becomes MDX. */
export type PageBlock =
  | { type: 'heading'; id: string; level: number; label: string; text: string; marks: TargetMark[]; quoted?: boolean }
  | {
      type: 'item';
      id: string;
      kind: string;
      role: string | null;
      level: number;
      label: string | null;
      runIn: string | null;
      paragraphs: Array<{ text: string; marks: TargetMark[] }>;
      /** Wordings published before an amendment, shown under the item. */
      earlier?: string[];
      /** New words an amendment quotes for the document it amends. */
      quoted?: boolean;
    }
  | {
      type: 'table';
      id: string;
      level: number;
      header: string[] | null;
      rows: Array<{ id: string; cells: string[]; marks: TargetMark[][] }>;
    }
  | { type: 'rule'; id: string }
  | { type: 'removed'; id: string; text: string; section: string | null };

/**
 * Write the document page as MDX through the mdast serialiser: the source's
 * text only ever lands in text nodes and attribute values, which the
 * serialiser escapes (`{`, `<`, `*`, `#` …), so no source text runs as code.
 */
export function renderMdx(frontMatter: object, blocks: PageBlock[], errata: Erratum[]): string {
  const children: RootContent[] = blocks.map((block) => flowOf(block, errata));
  const body = toMarkdown({ type: 'root', children }, { extensions: [mdxToMarkdown()] });
  return `---\n${dump(frontMatter, { lineWidth: -1, noRefs: true, sortKeys: false })}---\n\n${body}`;
}

function flowOf(block: PageBlock, errata: Erratum[]): MdxJsxFlowElement {
  switch (block.type) {
    case 'heading':
      return element('Heading', { id: block.id, level: String(block.level), label: block.label, quoted: block.quoted ? 'true' : null }, [
        paragraph(block.text, block.marks, errata, null),
      ]);
    case 'item':
      return element(
        'Item',
        {
          id: block.id,
          kind: block.kind,
          role: block.role,
          level: String(block.level),
          label: block.label,
          quoted: block.quoted ? 'true' : null,
        },
        [
          ...block.paragraphs.map((part, index) => paragraph(part.text, part.marks, errata, index === 0 ? block.runIn : null)),
          ...(block.earlier ? [element('Amended', {}, block.earlier.map((text) => paragraph(text, [], [], null)))] : []),
        ],
      );
    case 'table':
      return element('TaskTable', { id: block.id, level: String(block.level) }, [
        ...(block.header ? [element('Row', { header: 'true' }, block.header.map((cell) => cellOf(cell, errata, true)))] : []),
        element(
          'TableBody',
          {},
          block.rows.map((row) => element('Row', { id: row.id }, row.cells.map((cell, index) => cellOf(cell, errata, false, row.marks[index] ?? [])))),
        ),
      ]);
    case 'rule':
      return element('Rule', { id: block.id }, []);
    case 'removed':
      return element('Removed', { id: block.id, section: block.section }, [paragraph(block.text, [], [], null)]);
  }
}

function cellOf(text: string, errata: Erratum[], header: boolean, targets: TargetMark[] = []): MdxJsxFlowElement {
  return element('Cell', { header: header ? 'true' : null }, text ? [paragraph(text, targets, errata, null)] : []);
}

function element(name: string, attributes: Record<string, string | null>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([name, value]): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value })),
    children,
  };
}

/** A paragraph with its target spans wrapped, errata marked inside or outside them, and a bold run-in. */
function paragraph(text: string, targets: TargetMark[], errata: Erratum[], runIn: string | null): Paragraph {
  const children: PhrasingContent[] = [];
  let cursor = 0;
  if (runIn && text.startsWith(runIn)) {
    children.push({ type: 'strong', children: marked(runIn, findErrata(runIn, errata)) });
    cursor = runIn.length;
  }
  const errataMarks = findErrata(text, errata);
  for (const target of [...targets].sort((a, b) => a.start - b.start)) {
    if (target.start < cursor) continue;
    children.push(...marked(text.slice(cursor, target.start), shift(errataMarks, cursor, target.start)));
    children.push(textElement('Target', { id: target.id, ...(target.plain ? { plain: 'true' } : {}) }, marked(text.slice(target.start, target.end), shift(errataMarks, target.start, target.end))));
    cursor = target.end;
  }
  children.push(...marked(text.slice(cursor), shift(errataMarks, cursor, text.length)));
  return { type: 'paragraph', children };
}

/** Errata that lie wholly inside [from, to), with offsets made relative to `from`. */
function shift(marks: ErratumMark[], from: number, to: number): ErratumMark[] {
  return marks
    .filter((mark) => mark.start >= from && mark.end <= to)
    .map((mark) => ({ ...mark, start: mark.start - from, end: mark.end - from }));
}

function marked(text: string, marks: ErratumMark[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start > cursor) nodes.push({ type: 'text', value: text.slice(cursor, mark.start) });
    nodes.push(textElement('Erratum', { read: mark.read }, [{ type: 'text', value: text.slice(mark.start, mark.end) }]));
    cursor = mark.end;
  }
  if (cursor < text.length) nodes.push({ type: 'text', value: text.slice(cursor) });
  return nodes;
}

function textElement(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  };
}

/** The page blocks of outline nodes, depth first, in source order. */
export function outlineBlocks(
  nodes: OutlineNode[],
  targetsOf: (node: OutlineNode, paragraph: number) => TargetMark[],
  roles: Map<OutlineNode, NodeRole>,
): PageBlock[] {
  const blocks: PageBlock[] = [];
  const visit = (node: OutlineNode, inQuote: boolean) => {
    const quoted = inQuote || node.quoted === true ? { quoted: true } : {};
    if (node.kind === 'annex') {
      if (node.heading) blocks.push({ type: 'heading', id: node.id, level: node.level, label: node.numbering!.label, text: node.text, marks: [] });
    } else if (node.kind === 'rule') blocks.push({ type: 'rule', id: node.id });
    else if (node.kind === 'table') {
      blocks.push({
        type: 'table',
        id: node.id,
        level: node.level,
        header: node.cells,
        rows: node.children.map((row) => ({
          id: row.id,
          cells: row.cells ?? [],
          marks: (row.cells ?? []).map((_, index) => targetsOf(row, index)),
        })),
      });
      return;
    } else if (node.heading) {
      blocks.push({ type: 'heading', id: node.id, level: node.level, label: node.numbering!.label, text: node.text, marks: targetsOf(node, 0), ...quoted });
    } else {
      blocks.push({
        type: 'item',
        id: node.id,
        kind: node.numbering ? 'item' : 'paragraph',
        role: roles.get(node) ?? null,
        level: node.level,
        label: node.numbering?.label ?? null,
        runIn: node.runIn,
        paragraphs: [node.text, ...node.blocks.slice(1).map((block) => block.text)].map((text, index) => ({
          text,
          marks: targetsOf(node, index),
        })),
        ...quoted,
      });
    }
    node.children.forEach((child) => visit(child, 'quoted' in quoted));
  };
  nodes.forEach((node) => visit(node, false));
  return blocks;
}
