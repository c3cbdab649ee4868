import { FIXED_IDS, type Block, type NodeRole, type OutlineNode, type TargetMark } from '../model/outline.ts';
import type { Regions } from '../model/regions.ts';
import type { DocumentFactsDraft } from '../model/drafts.ts';
import { outlineBlocks, type PageBlock } from './render-mdx.ts';
import type { Passage, RemovedItem } from '../../schema/index.ts';
import { RECIPIENTS_LABEL, SIGNATURE_CAPACITY } from '../patterns/document-header.ts';
import { DIGIT } from '../patterns/text.ts';

/**
 * The whole document as page blocks in source order: header lines, the
 * title block, the outline, then recipients and signature. Nothing the
 * source says is left out; coverage is checked on these blocks. An amended
 * item other than a task (whose own page says so) shows its earlier wording.
 */
export function buildPage(
  regions: Regions,
  facts: DocumentFactsDraft,
  outline: { root: OutlineNode; issuing: OutlineNode | null; removed: RemovedItem[]; roles: Map<OutlineNode, NodeRole> },
  targets: Map<string, TargetMark[]>,
  amended: Map<string, string[]>,
): PageBlock[] {
  const targetsOf = (node: OutlineNode, paragraph: number) => targets.get(`${node.id}:${paragraph}`) ?? [];
  const blocks: PageBlock[] = [];
  // A legal portal's text around a copied document is shown apart, as the portal's.
  if (regions.portal && regions.portal.before.length > 0) blocks.push(lines(FIXED_IDS.portalBefore, 'portal', portalLines(regions.portal.before)));
  let other = 0;
  for (const block of regions.header) {
    const role = facts.headerRoles.get(block);
    const id = role === 'number' ? FIXED_IDS.number : role === 'place-date' ? FIXED_IDS.placeDate : `dau-${++other}`;
    blocks.push(lines(id, 'header', block.lines));
  }
  if (regions.issuing && outline.issuing) {
    const prefix = `${outline.issuing.id}-`;
    blocks.push(...titleBlocks(regions.issuing.titleBlocks, prefix));
    blocks.push(...outlineBlocks(outline.issuing.children, targetsOf, outline.roles));
    blocks.push(...closingBlocks(regions.issuing.closing, prefix));
  }
  blocks.push(...titleBlocks(regions.titleBlocks, ''));
  const annexes = outline.root.children.filter((node) => node.kind === 'annex');
  blocks.push(...outlineBlocks(outline.root.children.filter((node) => node.kind !== 'annex'), targetsOf, outline.roles));
  blocks.push(...closingBlocks(regions.closing, ''));
  blocks.push(...outlineBlocks(annexes, targetsOf, outline.roles));
  // What an amendment removed keeps its anchor, with its last words.
  blocks.push(...outline.removed.map((item): PageBlock => ({ type: 'removed', ...item })));
  if (regions.portal && regions.portal.after.length > 0) blocks.push(lines(FIXED_IDS.portalAfter, 'portal', portalLines(regions.portal.after)));
  for (const block of blocks) {
    if (block.type === 'item' && block.role !== 'task' && amended.has(block.id)) block.earlier = amended.get(block.id);
  }
  return blocks;
}

/** The portal's lines as it printed them, a table's cells one after another, a list's numbers kept (`1. …`). */
function portalLines(source: Block[]): string[] {
  return source
    .flatMap((block) => {
      if (block.rows) return block.rows.flatMap((row) => row.cellLines?.flat() ?? row.cells);
      const [first = '', ...rest] = block.lines;
      return block.kind === 'item' && block.marker && DIGIT.test(block.marker) ? [`${block.marker} ${first}`, ...rest] : block.lines;
    })
    .filter((line) => line.trim());
}

function titleBlocks(source: Block[], prefix: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  const titleLines = source.filter((block) => block.kind !== 'rule').flatMap((block) => block.lines);
  if (titleLines.length > 0) blocks.push(lines(`${prefix}${FIXED_IDS.title}`, 'title', titleLines));
  source
    .filter((block) => block.kind === 'rule')
    .forEach((_, index) => blocks.push({ type: 'rule', id: `${prefix}${FIXED_IDS.title}-k${index + 1}` }));
  return blocks;
}

function closingBlocks(closing: Block[], prefix: string): PageBlock[] {
  const groups: Array<{ id: string; kind: string; lines: string[] }> = [];
  let other = 0;
  for (const block of closing) {
    const first = block.lines[0] ?? '';
    const opens = RECIPIENTS_LABEL.test(first)
      ? { id: FIXED_IDS.recipients, kind: 'recipients' }
      : SIGNATURE_CAPACITY.test(first)
        ? { id: FIXED_IDS.signature, kind: 'signature' }
        : null;
    if (opens && groups.at(-1)?.id !== `${prefix}${opens.id}`) groups.push({ ...opens, id: `${prefix}${opens.id}`, lines: [] });
    else if (groups.length === 0) groups.push({ id: `${prefix}cuoi-${++other}`, kind: 'closing', lines: [] });
    groups.at(-1)!.lines.push(...(block.kind === 'item' ? [`${block.marker ?? '-'} ${block.text}`] : block.lines));
  }
  return groups.map((group) => lines(group.id, group.kind, group.lines));
}

function lines(id: string, kind: string, texts: string[]): PageBlock {
  return {
    type: 'item',
    id,
    kind,
    role: null,
    level: 1,
    label: null,
    runIn: null,
    paragraphs: texts.map((text) => ({ text, marks: [] })),
  };
}

/** Passages of the outline, whose ids are bound to their words; header and closing lines keep fixed ids. */
export const OUTLINE_PASSAGE_KINDS: ReadonlySet<string> = new Set(['heading', 'item', 'paragraph', 'row']);

/** Every block of the page as a passage, table rows one by one; an amended one with its earlier wording. */
export function passagesOf(
  document: string,
  blocks: PageBlock[],
  reading: (text: string) => string | undefined,
  amended: Map<string, string[]> = new Map(),
): Passage[] {
  const passage = (id: string, kind: string, role: string | null, label: string | null, text: string): Passage => {
    const corrected = reading(text);
    const earlier = amended.get(id);
    return { id, document, kind, role, label, text, ...(corrected ? { reading: corrected } : {}), ...(earlier ? { earlier } : {}) };
  };
  return blocks.flatMap((block): Passage[] => {
    switch (block.type) {
      case 'heading':
        return [passage(block.id, 'heading', null, block.label, block.text)];
      case 'item':
        return [passage(block.id, block.kind, block.role, block.label, block.paragraphs.map((part) => part.text).join(' '))];
      case 'table':
        return block.rows.map((row) => passage(row.id, 'row', 'task', null, row.cells.filter(Boolean).join(' · ')));
      case 'rule':
      case 'removed':
        return [];
    }
  });
}
