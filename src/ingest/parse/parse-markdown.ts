import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
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
 * micromark's time grows faster than the text once a document holds hundreds
 * of lists (50,000 lines took 20 s, 10,000 took 1.8 s), so a long text is read
 * in runs of about CHUNK_LINES lines, cut only where no markdown block can
 * carry over: a blank line followed by an unindented line that cannot continue
 * a list. Links, definitions and block quotes are off, so nothing else spans
 * the cut; a footnote call needs its definition, so a text with one is read whole.
 */
const CHUNK_LINES = 400;

/** A text read as markdown (GFM, the literal constructs off), its nodes at the text's lines. */
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
