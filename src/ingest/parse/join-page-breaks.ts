import type { Block } from '../model/outline.ts';
import { CLAUSE_END, DANGLING_WORD_END, LOWERCASE_START, OPEN_END, SENTENCE_END } from '../patterns/sentences.ts';
import { ARABIC_NUMBERING, DECIMAL_NUMBERING, LETTER_NUMBERING, ROMAN_NUMBERING, NUMBER_ONLY } from '../patterns/numbering.ts';
import { LETTER_END } from '../patterns/text.ts';

/**
 * Join a sentence that a page break split into two paragraphs:
 * `… các cơ sở giáo dục` / `ngành nghiệp đào tạo …`, or that a hard wrap
 * split before a dash markdown then read as a bullet: `… tổ chức chính trị` /
 * `- xã hội tại địa phương …`. The joined block keeps the lines of both
 * parts, so every source line stays traceable.
 */
export function joinPageBreaks(blocks: Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    const wrapped = previous !== undefined && wrapsBeforeDash(previous, block);
    if (previous && (wrapped || continuesSentence(previous, block))) {
      const text = wrapped ? `${block.marker} ${block.text}` : block.text;
      previous.joined.push({ start: block.start, end: block.end, text });
      previous.text = `${previous.text} ${text}`;
      previous.lines = [...previous.lines, ...block.lines];
      previous.end = block.end;
    } else {
      result.push(block);
    }
  }
  return result;
}

function continuesSentence(before: Block, after: Block): boolean {
  if (before.kind !== 'paragraph' && before.kind !== 'item') return false;
  if (after.kind !== 'paragraph' || after.emphasized || startsNumbered(after.text)) return false;
  if (before.emphasized) return false;
  // A paragraph never opens in lower case: after `;` or mid-word it goes on the sentence above.
  if (LOWERCASE_START.test(after.text)) return !SENTENCE_END.test(before.text);
  if (CLAUSE_END.test(before.text) || !OPEN_END.test(before.text)) return false;
  return DANGLING_WORD_END.test(before.text);
}

/**
 * A list marker on the very next line of a sentence left open mid-line: the rest of the sentence, the
 * marker its words. `… tổ chức chính trị` / `- xã hội tại địa phương …` (a dash, then lower case), and
 * `… ưu tiên các địa bàn cấp độ` / `1. Cấp ngay mì tôm …` (a number, after a line wrapped at full width).
 */
function wrapsBeforeDash(before: Block, after: Block): boolean {
  if (after.kind !== 'item' || after.start !== before.end + 1) return false;
  if ((before.kind !== 'paragraph' && before.kind !== 'item') || before.emphasized || !LETTER_END.test(before.text)) return false;
  if (after.marker === '-') return LOWERCASE_START.test(after.text);
  return NUMBER_ONLY.test(after.marker ?? '') && (before.lines.at(-1) ?? '').length >= WRAPPED_LINE;
}

/** A line at least this long stopped at the width of the text: the sentence goes on. */
const WRAPPED_LINE = 60;

function startsNumbered(text: string): boolean {
  return [ROMAN_NUMBERING, DECIMAL_NUMBERING, ARABIC_NUMBERING, LETTER_NUMBERING].some((pattern) => pattern.test(text));
}
