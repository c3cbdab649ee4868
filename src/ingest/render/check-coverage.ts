import type { MessageLog } from '../messages.ts';
import type { PageBlock } from './render-mdx.ts';
import type { SourceText } from '../model/source-text.ts';
import type { Coverage } from '../../schema/index.ts';
import { NOT_A_WORD } from '../patterns/text.ts';
import { BREAK_TAG } from '../patterns/emphasis.ts';

/** Letters and digits only: what no rendering may lose. Markup, spacing and bullets fall away. */

/**
 * Account for every non-blank source line in what will be published: the
 * letters and digits of each line must appear, in source order, in the text
 * of the page blocks. A line that does not is reported and counts against
 * coverage, which must be 100%.
 */
export function checkCoverage(source: SourceText, blocks: PageBlock[], log: MessageLog): Coverage {
  const published = blocks.map(textOf).join('').replace(NOT_A_WORD, '');
  let cursor = 0;
  let lines = 0;
  let covered = 0;
  source.text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    lines++;
    const words = line.replace(BREAK_TAG, ' ').replace(NOT_A_WORD, '');
    if (!words) {
      covered++;
      return;
    }
    const at = published.indexOf(words, cursor);
    if (at === -1) {
      log.fatal(`Unexpected source line missing from the output: \`${line.trim().slice(0, 60)}\``, index + 1, 'coverage:line');
      return;
    }
    covered++;
    cursor = at + words.length;
  });
  return { lines, covered };
}

function textOf(block: PageBlock): string {
  switch (block.type) {
    case 'heading':
      return block.label + block.text;
    case 'item':
      return (block.label ?? '') + block.paragraphs.map((paragraph) => paragraph.text).join('');
    case 'table':
      return [block.header ?? [], ...block.rows.map((row) => row.cells)].flat().join('');
    case 'rule':
    case 'removed':
      return '';
  }
}
