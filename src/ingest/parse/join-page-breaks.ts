import type { Block } from '../model.ts';
import { CLAUSE_END, DANGLING_WORD_END, LOWERCASE_START, OPEN_END, SENTENCE_END } from '../patterns/sentences.ts';
import { ARABIC_NUMBERING, DECIMAL_NUMBERING, LETTER_NUMBERING, ROMAN_NUMBERING } from '../patterns/numbering.ts';

/**
 * Join a sentence that a page break split into two paragraphs:
 * `… các cơ sở giáo dục` / `ngành nghiệp đào tạo …`. The joined block keeps
 * the lines of both parts, so every source line stays traceable.
 */
export function joinPageBreaks(blocks: Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    if (previous && continuesSentence(previous, block)) {
      previous.joined.push({ start: block.start, end: block.end, text: block.text });
      previous.text = `${previous.text} ${block.text}`;
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

function startsNumbered(text: string): boolean {
  return [ROMAN_NUMBERING, DECIMAL_NUMBERING, ARABIC_NUMBERING, LETTER_NUMBERING].some((pattern) => pattern.test(text));
}
