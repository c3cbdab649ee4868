import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, ListItem, Table } from 'mdast';
import type { Block, TableRow } from '../model/outline.ts';
import { LIST_MARKER } from '../patterns/numbering.ts';
import { EMPHASIS_DEBRIS, ASTERISKS, LINE_BREAK_TAG } from '../patterns/emphasis.ts';
import { ROW_NUMBER, GROUP_ROW_NUMBER } from '../patterns/flattened-table.ts';
import type { SourceText } from '../model/source-text.ts';
import { cellText, findFlattenedTables, isLayoutCell, type FlattenedTable } from './lift-flattened-tables.ts';
import { repairEmphasis } from './repair-emphasis.ts';
import { isBlankless, separateParagraphs } from './separate-paragraphs.ts';
import { squeezed } from '../patterns/text.ts';
import { NUMBER_CELL } from '../patterns/table-columns.ts';
import { LIST_ITEM_START, NOT_INDENTED } from '../patterns/lines.ts';

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

/**
 * micromark's time grows faster than the text once a document holds hundreds
 * of lists (50,000 lines took 20 s, 10,000 took 1.8 s), so a long text is read
 * in runs of about CHUNK_LINES lines, cut only where no markdown block can
 * carry over: a blank line followed by an unindented line that cannot continue
 * a list. Links, definitions and block quotes are off, so nothing else spans
 * the cut; a footnote call needs its definition, so a text with one is read whole.
 */
const CHUNK_LINES = 400;

export function parseMarkdown(markdown: string): Root {
  const lines = markdown.split('\n');
  if (lines.length <= CHUNK_LINES || markdown.includes('[^')) return parser.runSync(parser.parse(markdown)) as Root;
  const root: Root = { type: 'root', children: [] };
  let start = 0;
  while (start < lines.length) {
    const end = chunkEnd(lines, start);
    const chunk = parser.runSync(parser.parse(lines.slice(start, end).join('\n'))) as Root;
    if (start > 0) shiftLines(chunk, start);
    root.children.push(...chunk.children);
    start = end;
  }
  return root;
}

/** Where the run from `start` may end: the first safe cut after CHUNK_LINES lines, or the text's end. */
function chunkEnd(lines: string[], start: number): number {
  for (let line = start + CHUNK_LINES; line < lines.length; line++) {
    const text = lines[line]!;
    if (lines[line - 1]!.trim() === '' && NOT_INDENTED.test(text) && !LIST_ITEM_START.test(text)) return line;
  }
  return lines.length;
}

function shiftLines(node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftLines(child as typeof node, by);
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

function isEmphasis(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis';
}

/** Text of inline content: emphasis unwrapped, breaks kept as newlines, links as written. */
function phrasingText(children: PhrasingContent[]): string {
  let text = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
        text += child.value.replace(EMPHASIS_DEBRIS, '');
        break;
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
  if (!rowLines.every((line) => line.split('\t').length > 2)) return null;
  const rows: TableRow[] = rowLines.map((line, index) => ({
    cells: line.split('\t').map((cell) => squeezed(cell.replace(ASTERISKS, ''))),
    line: start + index,
  }));
  const hasHeader = !NUMBER_CELL.test(rows[0]!.cells[0] ?? '');
  return tableBlock(rows, hasHeader, start, end);
}

function flattenedTable(table: FlattenedTable): Block {
  const rows = table.rows.map((row) => ({
    cells: row.cells.map(cellText),
    line: row.line,
    cellLines: row.cells.map((cell) => cell.split('\n').map(cellText).filter(Boolean)),
  }));
  const first = rows[0]?.cells[0] ?? '';
  const hasHeader = !ROW_NUMBER.test(first) && !GROUP_ROW_NUMBER.test(first);
  return tableBlock(rows, hasHeader, table.start, table.end);
}

/** Each cell of a layout table as a paragraph, its `<br>` as line breaks. */
function layoutCells(table: Block): Block[] {
  return table.rows!.flatMap((row) =>
    row.cells.filter(Boolean).map((cell): Block => {
      const lines = cell.split(LINE_BREAK_TAG).map((line) => line.trim()).filter(Boolean);
      return { ...table, kind: 'paragraph', text: lines.join(' '), lines, start: row.line, end: row.line, rows: null, hasHeader: false };
    }),
  );
}

function gfmTable(node: Table): Block {
  const rows: TableRow[] = node.children.map((row) => {
    // A cell's `<br>` parts its lines (a person a line, an agency a line); its text reads them one after another.
    const cellLines = row.children.map((cell) => phrasingText(cell.children).split(LINE_BREAK_TAG).map(squeezed).filter(Boolean));
    return { cells: cellLines.map((lines) => lines.join(' ')), line: row.position!.start.line, ...(cellLines.some((lines) => lines.length > 1) ? { cellLines } : {}) };
  });
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
