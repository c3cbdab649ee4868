import { renderMdx, type PageBlock } from './render-mdx.ts';
import type { DocumentPageIndex, Erratum, PartEntryPage, PartPage } from '../../schema/index.ts';
import { pageOfRoot } from '../../lib/document-pages.ts';

/**
 * Estimated HTML bytes one page may hold. The estimate (weightOf) runs above
 * what the site writes: pages of a plan of 50,000 items came out at about
 * 70% of it, their frame and outline included (npm run bench), so a page
 * stays well under the 1 MB a browser on a provincial office's machine opens
 * with ease.
 */
export const PAGE_BUDGET = 900_000;

/** One page of a long document: its blocks, and the ids a reader of the document's address is sent there for. */
export interface PagePlan extends DocumentPageIndex {
  blocks: PageBlock[];
}

/** The blocks that frame a document (number, title, recipients, signature, a portal's text): kept on its first page. */
const FRAME_KINDS: ReadonlySet<string> = new Set(['header', 'title', 'portal', 'recipients', 'signature', 'closing']);

/** A block with the blocks below it, as the outline nests them (a part and its items). */
interface Unit {
  blocks: PageBlock[];
  children: Unit[];
  weight: number;
}

/**
 * A document whose page would weigh more than `budget`, split into pages by
 * its parts: its frame and opening stay on the document's own page, each
 * part goes whole to a page with the parts around it while they fit, and a
 * part too heavy alone is split by its items the same way. Null when the
 * document fits one page. Each page lists the ids it holds as the roots of
 * whole subtrees (`iii` holds `iii-2-y4`), and, apart, the ids the roots do
 * not tell (a heading whose items went on, an item an amendment moved).
 */
export function splitPages(blocks: PageBlock[], budget = PAGE_BUDGET): { first: PageBlock[]; pages: PagePlan[] } | null {
  const units = unitsOf(blocks);
  if (units.reduce((sum, unit) => sum + unit.weight, 0) <= budget) return null;
  const opening = units.findIndex((unit) => !staysFirst(unit) && (labelled(unit) || unit.children.length > 0));
  const first = units.filter((unit, index) => staysFirst(unit) || index < opening || opening === -1).flatMap(flatten);
  const rest = opening === -1 ? [] : units.slice(opening).filter((unit) => !staysFirst(unit));
  const pages: PagePlan[] = [];
  let current: Unit[] = [];
  let weight = 0;
  const close = () => {
    if (current.length > 0) pages.push(pageOf(current));
    current = [];
    weight = 0;
  };
  const place = (unit: Unit, heading: PageBlock[] = []) => {
    if (unit.weight <= budget || unit.children.length === 0) {
      if (weight + unit.weight > budget) close();
      current.push(heading.length > 0 ? { ...unit, blocks: [...heading, ...unit.blocks] } : unit);
      weight += unit.weight;
      return;
    }
    // Too heavy alone: it opens a page, its own lines go with its first items, its items are placed one by one.
    close();
    unit.children.forEach((child, index) => place(child, index === 0 ? [...heading, ...unit.blocks] : []));
  };
  for (const unit of rest) place(unit);
  close();
  for (const page of pages) page.exact = page.blocks.map((block) => block.id).filter((id) => pageOfRoot(pages, id)?.key !== page.key);
  return { first, pages };
}

/**
 * A page's MDX; for one too long (splitPages), its first page's MDX, the
 * index of its pages set on its front-matter (`pages`), and each page's MDX
 * with the front-matter `partOf` gives it.
 */
export function renderPages(
  front: { pages?: DocumentPageIndex[] },
  blocks: PageBlock[],
  errata: Erratum[],
  partOf: (part: DocumentPageIndex, order: number) => PartPage,
): { mdx: string; parts: PartEntryPage[] } {
  const split = splitPages(blocks);
  if (!split) return { mdx: renderMdx(front, blocks, errata), parts: [] };
  front.pages = split.pages.map(({ blocks: _blocks, ...index }) => index);
  const parts = split.pages.map(({ blocks: partBlocks, ...index }, at) => {
    const page = partOf(index, at + 1);
    return { page, mdx: renderMdx(page, partBlocks, errata) };
  });
  return { mdx: renderMdx(front, split.first, errata), parts };
}

function unitsOf(blocks: PageBlock[]): Unit[] {
  const top: Unit[] = [];
  const open: Array<{ level: number; unit: Unit }> = [];
  for (const block of blocks) {
    const unit: Unit = { blocks: [block], children: [], weight: weightOf(block) };
    // A rule goes with the item it stands in; a tombstone stays on the document's first page.
    if (!('level' in block)) {
      if (block.type === 'removed' || open.length === 0) top.push(unit);
      else open.at(-1)!.unit.children.push(unit);
      for (const each of open) each.unit.weight += unit.weight;
      continue;
    }
    while (open.length > 0 && open.at(-1)!.level >= block.level) open.pop();
    if (open.length === 0) top.push(unit);
    else open.at(-1)!.unit.children.push(unit);
    for (const each of open) each.unit.weight += unit.weight;
    open.push({ level: block.level, unit });
  }
  return top;
}

const flatten = (unit: Unit): PageBlock[] => [...unit.blocks, ...unit.children.flatMap(flatten)];
const staysFirst = (unit: Unit) => unit.blocks[0]!.type === 'removed' || (unit.blocks[0]!.type === 'item' && FRAME_KINDS.has(unit.blocks[0]!.kind));
const labelled = (unit: Unit) => {
  const block = unit.blocks[0]!;
  return (block.type === 'heading' || block.type === 'item') && block.label !== null && block.label !== '';
};

function pageOf(units: Unit[]): PagePlan {
  const blocks = units.flatMap(flatten);
  const opening = blocks[0]!;
  const label = opening.type === 'heading' || opening.type === 'item' ? [opening.label, opening.type === 'heading' ? opening.text : opening.paragraphs[0]?.text].filter(Boolean).join(' ') : opening.id;
  return { key: opening.id, label: label.length > 120 ? `${label.slice(0, 119)}…` : label, roots: units.map((unit) => unit.blocks.at(-1)!.id), exact: [], blocks };
}

/** Estimated HTML bytes of a block as the document page writes it: its words, its markup, a task's agencies and time. */
function weightOf(block: PageBlock): number {
  const bytes = (text: string) => Buffer.byteLength(text);
  switch (block.type) {
    case 'heading':
      return 260 + bytes(block.label) + bytes(block.text) + block.marks.length * 160;
    case 'item': {
      const words = block.paragraphs.reduce((sum, paragraph) => sum + bytes(paragraph.text) + 20 + paragraph.marks.length * 160, 0);
      const role = block.role === 'task' ? 900 : block.role === 'responsibility' ? 300 : 0;
      return 330 + words + role + (block.earlier ?? []).reduce((sum, text) => sum + bytes(text) + 40, 120);
    }
    case 'table':
      return 200 + block.rows.reduce((sum, row) => sum + 120 + row.cells.reduce((cells, cell) => cells + bytes(cell) + 40, 0), 0);
    case 'rule':
      return 60;
    case 'removed':
      return 300 + bytes(block.text);
  }
}
