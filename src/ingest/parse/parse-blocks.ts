import type { RootContent, PhrasingContent, ListItem } from 'mdast';
import type { Block } from '../model/outline.ts';
import { LIST_MARKER } from '../patterns/numbering.ts';
import type { SourceText } from '../model/source-text.ts';
import { findFlattenedTables, isLayoutCell, type FlattenedTable } from './lift-flattened-tables.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { isEmphasis, phrasingText } from './phrasing-text.ts';
import { flattenedTable, gfmTable, layoutCells, tabSeparatedTable } from './table-blocks.ts';
import { repairEmphasis } from './repair-emphasis.ts';
import { isBlankless, separateParagraphs } from './separate-paragraphs.ts';
import { squeezed } from '../patterns/text.ts';

/**
 * Read the source as markdown and flatten it into blocks with source lines.
 * Flattened tables are lifted out first (layout tables leave their cells as
 * text), and emphasis the extractor misplaced is put back where markdown
 * reads it; both keep every line where it was.
 */
export function parseBlocks(source: SourceText): Block[] {
  const sourceLines = source.text.split('\n');
  const blankless = isBlankless(sourceLines);
  const tables = findFlattenedTables(source.text, { endAtFullRow: blankless });
  const masked = maskTables(sourceLines, tables);
  // A page copied without blank lines gets them back where its paragraphs begin; lines are mapped back to the source.
  const inTable = (line: number) => tables.some((table) => line >= table.start && line <= table.end);
  const { lines, origin } = blankless ? separateParagraphs(masked, inTable) : { lines: masked, origin: masked.map((_, index) => index + 1) };
  const markdown = repairEmphasis(lines.join('\n'));
  const tree = parseMarkdown(markdown);
  const blocks: Block[] = [];
  for (const node of tree.children) collectBlocks(node, lines, blocks, false);
  if (blankless) for (const block of blocks) mapToSource(block, origin);
  // A lone `|` with nothing after it (a layout table the copy ended in) is no table: it holds no cell.
  const lifted = tables.filter((table) => !table.layout && table.rows.length > 0).map(flattenedTable);
  return [...blocks.filter(hasText), ...lifted].sort((a, b) => a.start - b.start);
}

/** Line numbers of the separated text, back to the source's. */
function mapToSource(block: Block, origin: number[]): void {
  block.start = origin[block.start - 1] ?? block.start;
  block.end = origin[block.end - 1] ?? block.end;
  for (const row of block.rows ?? []) row.line = origin[row.line - 1] ?? row.line;
}

/** The lines markdown reads: a data table's lines and a layout table's `|` lines left blank. */
function maskTables(lines: string[], tables: FlattenedTable[]): string[] {
  const masked = [...lines];
  for (const table of tables) {
    for (let line = table.start; line <= table.end; line++) {
      if (!table.layout || masked[line - 1]!.trim() === '|') masked[line - 1] = '';
    }
  }
  return masked;
}

/** Blocks left empty once extractor debris (`** **`, a stray `*`) is gone say nothing. */
function hasText(block: Block): boolean {
  return block.kind === 'rule' || block.kind === 'table' || block.text !== '';
}

function collectBlocks(node: RootContent, lines: string[], blocks: Block[], continuation: boolean): void {
  switch (node.type) {
    case 'heading':
      blocks.push(blockOf('heading', node.children, node, { depth: node.depth }));
      return;
    case 'paragraph': {
      const table = tabSeparatedTable(node, lines);
      blocks.push(table ?? blockOf('paragraph', node.children, node, { continuation }));
      return;
    }
    case 'list':
      for (const item of node.children) collectListItem(item, lines, blocks);
      return;
    case 'thematicBreak':
      blocks.push(blockOf('rule', [], node, {}));
      return;
    case 'table': {
      // `| ỦY BAN NHÂN DÂN | CỘNG HÒA… |` lays out the header: its cells are text, not a table.
      const table = gfmTable(node);
      blocks.push(...(table.rows!.some((row) => row.cells.some(isLayoutCell)) ? layoutCells(table) : [table]));
      return;
    }
    default:
      // Anything else markdown still recognises (footnote definitions…) keeps its source text.
      blocks.push(literalBlock(node, lines));
  }
}

function collectListItem(item: ListItem, lines: string[], blocks: Block[]): void {
  const start = item.position!.start;
  const marker = LIST_MARKER.exec(lines[start.line - 1]!.slice(start.column - 1))?.groups!.marker ?? '-';
  const [first, ...rest] = item.children;
  const previous = blocks.at(-1);
  if (!first && previous && previous.kind !== 'table') {
    // A number alone on its line (`vào năm` / `2025.`) is a wrapped sentence, not an empty list item.
    previous.text = `${previous.text} ${marker}`;
    previous.lines = [...previous.lines, marker];
    previous.end = start.line;
    return;
  }
  if (first?.type === 'paragraph') {
    blocks.push(blockOf('item', first.children, item, { marker, end: first.position!.end.line }));
  } else {
    blocks.push(blockOf('item', [], item, { marker, end: start.line }));
    if (first) collectBlocks(first, lines, blocks, true);
  }
  for (const child of rest) collectBlocks(child, lines, blocks, true);
}

interface BlockOptions {
  marker?: string;
  depth?: number;
  continuation?: boolean;
  end?: number;
}

function blockOf(
  kind: Block['kind'],
  children: PhrasingContent[],
  node: { position?: { start: { line: number }; end: { line: number } } },
  options: BlockOptions,
): Block {
  const raw = phrasingText(children);
  const lines = raw
    .split('\n')
    .map(squeezed)
    .filter(Boolean);
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = meaningful[0];
  const emphasized = meaningful.length > 0 && meaningful.every((child) => isEmphasis(child) || child.type === 'break');
  const leadingEmphasis =
    !emphasized && first && isEmphasis(first) ? squeezed(phrasingText([first])) : null;
  return {
    kind,
    marker: options.marker ?? null,
    text: lines.join(' '),
    lines,
    start: node.position!.start.line,
    end: options.end ?? node.position!.end.line,
    emphasized,
    leadingEmphasis,
    depth: options.depth ?? null,
    continuation: options.continuation ?? false,
    rows: null,
    hasHeader: false,
    joined: [],
  };
}

function literalBlock(node: RootContent, lines: string[]): Block {
  const start = node.position!.start.line;
  const end = node.position!.end.line;
  const text = lines
    .slice(start - 1, end)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return { ...blockOf('paragraph', [], node, {}), text, lines: [text] };
}
