import type { MessageLog } from '../messages.ts';
import type { PageBlock } from './render-mdx.ts';
import type { SourceText } from '../model/source-text.ts';
import type { Coverage } from '../../schema/index.ts';
import { makeEveryTime, type Recall } from '../model/recall.ts';
import { NOT_A_WORD } from '../patterns/text.ts';
import { BREAK_TAG } from '../patterns/emphasis.ts';

/** Letters and digits only: what no rendering may lose. Markup, spacing and bullets fall away. */

/**
 * Account for every non-blank source line in what will be published: the
 * letters and digits of each line must appear, in source order, in the text
 * of the page blocks. A line that does not is reported and counts against
 * coverage, which must be 100%. What it finds depends on the source and the
 * blocks alone, so it is recalled for the same two (after one plan changed,
 * checking every other plan again was a fifth of the ingest).
 */
export function checkCoverage(source: SourceText, blocks: PageBlock[], log: MessageLog, recall: Recall = makeEveryTime): Coverage {
  const { missing, ...coverage } = recall(
    () => JSON.stringify(['coverage', source.text, blocks]),
    () => coverageOf(source.text, blocks),
  );
  for (const { line, text } of missing) log.fatal(`Unexpected source line missing from the output: \`${text}\``, line, 'coverage:line');
  return coverage;
}

/** The lines counted and covered, and each line missing (its number and its first words). */
function coverageOf(source: string, blocks: PageBlock[]): Coverage & { missing: Array<{ line: number; text: string }> } {
  const published = blocks.map(textOf).join('').replace(NOT_A_WORD, '');
  const missing: Array<{ line: number; text: string }> = [];
  let cursor = 0;
  let lines = 0;
  let covered = 0;
  source.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    lines++;
    const words = line.replace(BREAK_TAG, ' ').replace(NOT_A_WORD, '');
    if (!words) {
      covered++;
      return;
    }
    const at = published.indexOf(words, cursor);
    if (at === -1) {
      missing.push({ line: index + 1, text: line.trim().slice(0, 60) });
      return;
    }
    covered++;
    cursor = at + words.length;
  });
  return { lines, covered, missing };
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
