import type { Block, Numbering, NumberingStyle, OutlineNode } from '../model/outline.ts';
import { quote, type MessageLog } from '../messages.ts';
import {
  ARABIC_NUMBERING,
  ARTICLE_NUMBERING,
  DECIMAL_NUMBERING,
  LETTER_NUMBERING,
  ORDINAL_NUMBERING,
  ORDINAL_WORDS,
  ROMAN_NUMBERING,
  TEXT_BULLET,
  MARKER_CLOSE,
  BULLET_MARKER,
} from '../patterns/numbering.ts';
import { CLOSING_SENTENCE, END_OF_TEXT_MARK } from '../patterns/document-header.ts';
import { LEAD_IN_END } from '../patterns/task-lines.ts';
import { attach, createNode } from '../model/outline-tree.ts';
import { readTableRows } from './read-table-rows.ts';
import { COMMA_OPENING, DIGIT_START } from '../patterns/text.ts';
import { AMENDMENT_INSTRUCTION, QUOTE_CLOSE, QUOTE_OPEN, QUOTED_BULLET } from '../patterns/amendments.ts';

/** Longest text of a numbered item with children that still reads as a heading. */
const HEADING_MAX_LENGTH = 200;

/**
 * Build the outline tree from the numbering (`I.`, `1.`, `1.1.`, `a)`,
 * `Thứ nhất`, `-`, `+`), whatever the `#` level or emphasis: a numbering
 * style already open on the stack closes everything opened after it; a new
 * style opens a level below the current one.
 */
export function segmentOutline(
  blocks: Block[],
  log: MessageLog,
  agencyHead?: RegExp,
  root = createNode('section', null, '', [], null),
): OutlineNode {
  growTree(blocks, root);
  finish(root, log, agencyHead);
  return root;
}

/** Attach the blocks under `root` by their numbering; quoted new words of an amendment go under their instruction. */
function growTree(blocks: Block[], root: OutlineNode): void {
  let stack: OutlineNode[] = [root];
  const top = () => stack.at(-1)!;
  const closeBullets = () => {
    while (top().numbering?.style === 'bullet') stack.pop();
  };
  /** The node the block before made, while it can still take the quoted words after it. */
  let previous: OutlineNode | null = null;

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const quoted = previous && AMENDMENT_INSTRUCTION.test(previous.text) ? quotedRun(blocks, index) : null;
    if (quoted) {
      const before = previous!.children.length;
      growTree(quoted, previous!);
      for (const node of previous!.children.slice(before)) node.quoted = true;
      index += quoted.length - 1;
      previous = null;
      continue;
    }
    const numbering = numberingOf(block);
    if (block.kind === 'rule' || block.kind === 'table') {
      closeBullets();
      attach(top(), createNode(block.kind, null, block.text, [block], null));
      previous = null;
      continue;
    }
    if (!numbering) {
      if (END_OF_TEXT_MARK.test(block.text) || (CLOSING_SENTENCE.test(block.text) && !blocks.slice(index + 1).some(numberingOf))) {
        // The closing sentence (`…/.`, `Chỉ thị này được phổ biến đến chi bộ.`) belongs to the document, not to the last item.
        stack = [root];
        attach(root, createNode('paragraph', null, block.text, [block], null));
        previous = null;
        continue;
      }
      if (top().numbering?.style === 'bullet' && (block.continuation || bulletListGoesOn(blocks, index, stack))) {
        top().blocks.push(block);
        top().end = block.end;
        continue;
      }
      closeBullets();
      previous = createNode('paragraph', null, block.text, [block], null);
      attach(top(), previous);
      continue;
    }
    const node = createNode('item', numbering, stripLabel(block, numbering), [block], runInOf(block, numbering));
    if (numbering.style === 'bullet') {
      const sibling = findOpen(stack, numbering);
      if (sibling !== -1) stack = stack.slice(0, sibling);
    } else {
      closeBullets();
      // A decision's articles and a plan's parts stand side by side at the top: `Điều 1. Phê duyệt…`, `I. MỤC TIÊU`, …, `Điều 2.`.
      if (numbering.style === 'roman' || numbering.style === 'article') stack = [root];
      else {
        const sibling = findOpen(stack, numbering);
        if (sibling !== -1) stack = stack.slice(0, sibling);
        // A style never opened here: close the deeper styles it outranks (`7.` after `2.4.` whose `2.` is missing).
        else while (stack.length > 1 && rankOf(top().numbering!) >= rankOf(numbering)) stack.pop();
      }
    }
    attach(top(), node);
    stack.push(node);
    previous = node;
  }
}

/**
 * The blocks of quoted new words starting at `index` (`“2.5. Sở Nội vụ…`
 * … `- Thời gian thực hiện: năm 2027.”`), their quotation marks taken off so
 * their numbering reads; null unless a block opens with a quotation mark and
 * one closes it before the next article.
 */
function quotedRun(blocks: Block[], index: number): Block[] | null {
  if (!QUOTE_OPEN.test(blocks[index]!.text)) return null;
  for (let end = index; end < blocks.length; end++) {
    const block = blocks[end]!;
    if (end > index && ARTICLE_NUMBERING.test(block.text)) return null;
    if (!QUOTE_CLOSE.test(block.text)) continue;
    const run = blocks.slice(index, end + 1);
    return run.map((each, at) => unquoted(each, at === 0, at === run.length - 1));
  }
  return null;
}

function unquoted(block: Block, first: boolean, last: boolean): Block {
  const strip = (text: string) => {
    const opened = first ? text.replace(QUOTE_OPEN, '') : text;
    return last ? opened.replace(QUOTE_CLOSE, '') : opened;
  };
  const text = strip(block.text);
  const bullet = first && block.kind === 'paragraph' ? QUOTED_BULLET.exec(text) : null;
  if (!bullet) return { ...block, text, lines: block.lines.map((line, at) => (at === 0 || at === block.lines.length - 1 ? strip(line) : line)) };
  return { ...block, kind: 'item', marker: bullet.groups!.marker!, text: text.slice(bullet[0].length), lines: [text.slice(bullet[0].length)] };
}

/** Index in the stack of the open node with the same numbering style (and decimal depth). */
function findOpen(stack: OutlineNode[], numbering: Numbering): number {
  for (let index = stack.length - 1; index > 0; index--) {
    const open = stack[index]!.numbering!;
    if (open.style !== numbering.style) continue;
    if (numbering.style === 'bullet' && open.label !== numbering.label) continue;
    if (numbering.style === 'decimal' && open.levels !== numbering.levels) continue;
    return index;
  }
  return -1;
}

/** Usual depth of a numbering style in Vietnamese administrative documents (Decree 30/2020). */
function rankOf(numbering: Numbering): number {
  switch (numbering.style) {
    case 'roman':
      return 0;
    case 'arabic':
      return 1;
    case 'decimal':
      return numbering.levels;
    case 'letter':
    case 'ordinal':
      return 6;
    case 'bullet':
      return 7;
    case 'annex':
    case 'article':
      return -1;
  }
}

/** An unnumbered paragraph between two items of the same list belongs to the item above it. */
function bulletListGoesOn(blocks: Block[], index: number, stack: OutlineNode[]): boolean {
  const next = blocks[index + 1];
  if (!next) return false;
  const numbering = numberingOf(next);
  return numbering?.style === 'bullet' && findOpen(stack, numbering) !== -1;
}

export function numberingOf(block: Block): Numbering | null {
  if (block.kind === 'item' && block.marker) {
    if (BULLET_MARKER.test(block.marker)) return { style: 'bullet', label: block.marker, value: '', levels: 1 };
    const value = block.marker.replace(MARKER_CLOSE, '');
    return { style: 'arabic', label: block.marker, value, levels: 1 };
  }
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return null;
  const text = block.text;
  const article = ARTICLE_NUMBERING.exec(text);
  if (article) return labelled('article', article.groups!);
  const roman = ROMAN_NUMBERING.exec(text);
  if (roman) return labelled('roman', roman.groups!);
  const decimal = DECIMAL_NUMBERING.exec(text);
  if (decimal) return { ...labelled('decimal', decimal.groups!), levels: decimal.groups!.value!.split('.').length };
  const arabic = ARABIC_NUMBERING.exec(text);
  if (arabic) return labelled('arabic', arabic.groups!);
  const letter = LETTER_NUMBERING.exec(text);
  if (letter) return labelled('letter', letter.groups!);
  const ordinal = ORDINAL_NUMBERING.exec(text);
  if (ordinal) {
    const value = String(ORDINAL_WORDS.indexOf(ordinal.groups!.value as (typeof ORDINAL_WORDS)[number]) + 1);
    return { style: 'ordinal', label: ordinal.groups!.label!, value, levels: 1 };
  }
  const bullet = TEXT_BULLET.exec(text);
  if (bullet) return { style: 'bullet', label: bullet.groups!.label!, value: '', levels: 1 };
  return null;
}

function labelled(style: NumberingStyle, groups: Record<string, string | undefined>): Numbering {
  return { style, label: groups.label!, value: groups.value!, levels: 1 };
}

function stripLabel(block: Block, numbering: Numbering): string {
  if (block.kind === 'item') return block.text;
  return block.text.slice(numbering.label.length).trimStart();
}

/** `**7. Các sở, ban, ngành khác liên quan:** Căn cứ …` → `Các sở, ban, ngành khác liên quan:`. */
function runInOf(block: Block, numbering: Numbering): string | null {
  const lead = block.leadingEmphasis;
  if (!lead || !LEAD_IN_END.test(lead)) return null;
  if (block.kind === 'item') return lead;
  const withoutLabel = lead.startsWith(numbering.label) ? lead.slice(numbering.label.length) : lead;
  return withoutLabel.replace(COMMA_OPENING, '') || null;
}

/**
 * Decide headings and give every node its id. Numbering that repeats (a
 * second `IV.`, parts that restart at `1.`) gets ids unique by their place:
 * the second `iv` is `iv-r2`, and what it holds is named under it.
 */
function finish(root: OutlineNode, log: MessageLog, agencyHead?: RegExp): void {
  const seen = new Map<string, OutlineNode>();
  const visit = (node: OutlineNode) => {
    const counters = { bullet: 0, paragraph: 0, table: 0, rule: 0 };
    for (const child of node.children) {
      child.heading = isHeading(child);
      const id = joinId(node.id, idSegment(child, node, counters));
      const clash = seen.get(id);
      child.id = clash ? repeatedId(id, seen) : id;
      if (clash && child.numbering) {
        log.warn(
          `Unexpected second ${quote(child.numbering.label)} (first at line ${clash.start}), expected numbering that does not repeat; its id is \`${child.id}\``,
          child.start,
          'segment:repeated-number',
        );
      }
      seen.set(child.id, child);
      if (child.kind === 'table') assignRowIds(child, agencyHead);
      else visit(child);
    }
  };
  visit(root);
}

/** `iv` → `iv-r2`, `iv-r3`…: `r` and a digit never stand as a segment of their own. */
function repeatedId(id: string, seen: Map<string, OutlineNode>): string {
  let copy = 2;
  while (seen.has(`${id}-r${copy}`)) copy++;
  return `${id}-r${copy}`;
}

function isHeading(node: OutlineNode): boolean {
  const numbering = node.numbering;
  if (!numbering || numbering.style === 'bullet' || node.runIn) return false;
  const block = node.blocks[0]!;
  if (numbering.style === 'roman' || block.kind === 'heading' || block.emphasized) return true;
  if (block.leadingEmphasis && block.leadingEmphasis.length >= numbering.label.length + node.text.length / 2) return true;
  return node.children.length > 0 && !LEAD_IN_END.test(node.text) && node.text.length <= HEADING_MAX_LENGTH;
}

function idSegment(node: OutlineNode, parent: OutlineNode, counters: Record<'bullet' | 'paragraph' | 'table' | 'rule', number>): string {
  const numbering = node.numbering;
  if (node.kind === 'table') return `bang${++counters.table}`;
  if (node.kind === 'rule') return `k${++counters.rule}`;
  if (!numbering) return `d${++counters.paragraph}`;
  switch (numbering.style) {
    case 'bullet':
      return `y${++counters.bullet}`;
    case 'roman':
      return numbering.value.toLowerCase();
    case 'letter':
      return numbering.value === 'đ' ? 'dd' : numbering.value;
    case 'ordinal':
      return `t${numbering.value}`;
    case 'annex':
      return `phu-luc-${numbering.value}`;
    case 'article':
      return `dieu-${numbering.value}`;
    case 'decimal':
      return decimalSegment(numbering.value, parent);
    default:
      return numbering.value;
  }
}

/** `2.4` under `2.` is segment `4`; under anything else it keeps all its parts: `2-4`. */
function decimalSegment(value: string, parent: OutlineNode): string {
  const parts = value.split('.');
  const parentValue = parent.numbering?.value;
  const prefix = parts.slice(0, -1).join('.');
  return parentValue === prefix ? parts.at(-1)! : parts.join('-');
}

/** `iii-2-4-y3`; a top-level Arabic number reads `muc-1`, since an id should start with a letter. */
function joinId(parentId: string, segment: string): string {
  if (parentId) return `${parentId}-${segment}`;
  return DIGIT_START.test(segment) ? `muc-${segment}` : segment;
}

function assignRowIds(table: OutlineNode, agencyHead?: RegExp): void {
  const block = table.blocks[0]!;
  const rows = block.rows ?? [];
  const body = block.hasHeader ? rows.slice(1) : rows;
  table.cells = block.hasHeader ? (rows[0]?.cells ?? null) : null;
  table.children = readTableRows(table.id, table.cells, body, agencyHead).map(({ row, id, groupRow, merged }) => ({
    ...createNode('row', null, row.cells.filter(Boolean).join(' '), [{ ...block, start: row.line, end: row.line, rows: [row] }], null),
    id,
    cells: row.cells,
    groupRow,
    merged,
    parent: table,
    level: table.level + 1,
  }));
}


/** The articles of a decision that issues the plan: their ids start `quyet-dinh-`, apart from the plan's own. */
export function segmentIssuingDecision(body: Block[], log: MessageLog, agencyHead: RegExp): OutlineNode {
  const root = createNode('section', null, '', [], null);
  root.id = ISSUING_DECISION_ID;
  return segmentOutline(body, log, agencyHead, root);
}

const ISSUING_DECISION_ID = 'quyet-dinh';
