import { EMPTY_EMPHASIS, SPLIT_BOLD, ASTERISK, ASTERISK_RUN, CLEAR_END, CLEAR_START, PARAGRAPH_BREAK } from '../patterns/emphasis.ts';
import { CLOSING_SPACES, OPENING_SPACES } from '../patterns/text.ts';

/**
 * Put the emphasis delimiters of a paragraph where markdown can read them,
 * without changing its words or its lines: an opening run followed by spaces
 * goes after them, a closing run preceded by spaces goes before them, empty
 * pairs (`** **`) are dropped and a bold run split in two (`**6****.**`) is
 * joined. Runs are paired in order within each paragraph (lines up to a blank
 * line), as a reader pairs them. What still cannot pair stays, and the block
 * parser drops it as debris.
 */
export function repairEmphasis(text: string): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((part) => (part.includes('*') ? repairParagraph(part) : part))
    .join('');
}

function repairParagraph(paragraph: string): string {
  const cleaned = paragraph.replace(EMPTY_EMPHASIS, (match) => match.replace(ASTERISK, '')).replace(SPLIT_BOLD, '');
  // Odd indexes hold the runs of asterisks, even indexes the text between them.
  const tokens = cleaned.split(ASTERISK_RUN);
  const open = new Map<number, boolean>();
  for (let index = 1; index < tokens.length; index += 2) {
    const width = Math.min(tokens[index]!.length, 3);
    const opening = !open.get(width);
    open.set(width, opening);
    const before = tokens[index - 1]!;
    const after = tokens[index + 1]!;
    // Only a run that stands clear of the words on its outer side is moved: `{/* x */}` stays as written.
    if (opening) {
      const spaces = OPENING_SPACES.exec(after)?.[0];
      if (spaces && after.length > spaces.length && CLEAR_END.test(before)) {
        tokens[index - 1] = before + spaces;
        tokens[index + 1] = after.slice(spaces.length);
      }
    } else {
      const spaces = CLOSING_SPACES.exec(before)?.[0];
      if (spaces && before.length > spaces.length && !before.endsWith(`\n${spaces}`) && CLEAR_START.test(after)) {
        tokens[index - 1] = before.slice(0, -spaces.length);
        tokens[index + 1] = spaces + after;
      }
    }
  }
  return tokens.join('');
}
