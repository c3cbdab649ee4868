import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, ListItem, Table } from 'mdast';
import type { Block, TableRow } from '../model.ts';
import { LIST_MARKER } from '../patterns/numbering.ts';
import type { SourceText } from './read-source.ts';

/**
 * Markdown constructs a PDF-to-text plan never means. Switched off so that
 * `<script>`, `[x](javascript:…)`, `\`, `&amp;`, four-space indents and
 * `===` lines stay literal text.
 */
const LITERAL_CONSTRUCTS = {
  disable: {
    null: [
      'autolink',
      'blockQuote',
      'characterEscape',
      'characterReference',
      'codeFenced',
      'codeIndented',
      'codeText',
      'definition',
      'hardBreakEscape',
      'htmlFlow',
      'htmlText',
      'labelStartImage',
      'labelStartLink',
      'labelEnd',
      'setextUnderline',
    ],
  },
};

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm, { singleTilde: false })
  .use(function disableLiteralConstructs(this: Processor) {
    const data = this.data() as { micromarkExtensions?: unknown[] };
    (data.micromarkExtensions ??= []).push(LITERAL_CONSTRUCTS);
  });

/** Read the source as markdown and flatten it into blocks with source lines. */
export function parseBlocks(source: SourceText): Block[] {
  const tree = parser.runSync(parser.parse(source.text)) as Root;
  const lines = source.text.split('\n');
  const blocks: Block[] = [];
  for (const node of tree.children) collectBlocks(node, lines, blocks, false);
  return blocks;
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
    case 'table':
      blocks.push(gfmTable(node));
      return;
    default:
      // Anything else markdown still recognises (footnote definitions…) keeps its source text.
      blocks.push(literalBlock(node, lines));
  }
}

function collectListItem(item: ListItem, lines: string[], blocks: Block[]): void {
  const start = item.position!.start;
  const marker = LIST_MARKER.exec(lines[start.line - 1]!.slice(start.column - 1))?.groups!.marker ?? '-';
  const [first, ...rest] = item.children;
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
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = meaningful[0];
  const emphasized = meaningful.length > 0 && meaningful.every((child) => isEmphasis(child) || child.type === 'break');
  const leadingEmphasis =
    !emphasized && first && isEmphasis(first) ? phrasingText([first]).replace(/\s+/gu, ' ').trim() : null;
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

function isEmphasis(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis';
}

/** Text of inline content: emphasis unwrapped, breaks kept as newlines, links as written. */
function phrasingText(children: PhrasingContent[]): string {
  let text = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        text += child.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'link':
        // Only GFM's literal autolinks get here: their text is the URL as written.
        text += phrasingText(child.children);
        break;
      case 'delete':
        // A PDF conversion cannot carry strikethrough: the tildes are characters of the text.
        text += `~~${phrasingText(child.children)}~~`;
        break;
      default:
        text += 'children' in child ? phrasingText(child.children as PhrasingContent[]) : '';
    }
  }
  return text;
}

/** Consecutive lines separated by tabs, as PDF converters write tables. */
function tabSeparatedTable(
  node: { position?: { start: { line: number }; end: { line: number } } },
  lines: string[],
): Block | null {
  const start = node.position!.start.line;
  const end = node.position!.end.line;
  if (end === start) return null;
  const rowLines = lines.slice(start - 1, end);
  if (!rowLines.every((line) => (line.match(/\t/gu) ?? []).length >= 2)) return null;
  const rows: TableRow[] = rowLines.map((line, index) => ({
    cells: line.split('\t').map((cell) => cell.replace(/\*+/gu, '').replace(/\s+/gu, ' ').trim()),
    line: start + index,
  }));
  const hasHeader = !/^\d+\.?$/u.test(rows[0]!.cells[0] ?? '');
  return tableBlock(rows, hasHeader, start, end);
}

function gfmTable(node: Table): Block {
  const rows: TableRow[] = node.children.map((row) => ({
    cells: row.children.map((cell) => phrasingText(cell.children).replace(/\s+/gu, ' ').trim()),
    line: row.position!.start.line,
  }));
  return tableBlock(rows, true, node.position!.start.line, node.position!.end.line);
}

function tableBlock(rows: TableRow[], hasHeader: boolean, start: number, end: number): Block {
  const text = rows.map((row) => row.cells.filter(Boolean).join(' ')).join(' ');
  return {
    kind: 'table',
    marker: null,
    text,
    lines: rows.map((row) => row.cells.join(' ')),
    start,
    end,
    emphasized: false,
    leadingEmphasis: null,
    depth: null,
    continuation: false,
    rows,
    hasHeader,
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
