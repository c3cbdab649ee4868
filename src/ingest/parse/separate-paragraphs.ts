import {
  ARABIC_NUMBERING,
  ARTICLE_NUMBERING,
  DECIMAL_NUMBERING,
  LETTER_NUMBERING,
  ORDINAL_NUMBERING,
  ROMAN_NUMBERING,
} from '../patterns/numbering.ts';
import { DANGLING_WORD_END, LOWERCASE_START } from '../patterns/sentences.ts';
import { HEADING_MARK, NOT_A_LETTER } from '../patterns/text.ts';
import {
  BOLD_START,
  BULLET_START,
  CAPITAL_START,
  COMMA_END,
  DECORATION,
  NAME_END,
  SENTENCE_CLOSED,
  WHOLLY_BOLD,
} from '../patterns/lines.ts';
import { BOLD_MARK } from '../patterns/emphasis.ts';

/** The lines markdown reads, and for each the source line it stands for. */
export interface SeparatedLines {
  lines: string[];
  /** 1-based source line of each line (an inserted blank line takes the line after it). */
  origin: number[];
}

/** A text with fewer blank lines than this share of its lines lost them (a page copied from a legal portal). */
const BLANKLESS_SHARE = 0.02;
/** Fewest lines for a text to be judged blankless. */
const BLANKLESS_MIN_LINES = 40;

/** Whether a text was written without blank lines between its paragraphs. */
export function isBlankless(lines: string[]): boolean {
  const blank = lines.filter((line) => line.trim() === '').length;
  return lines.length >= BLANKLESS_MIN_LINES && blank < BLANKLESS_SHARE * lines.length;
}

/**
 * Put back the blank lines a copied page lost between its paragraphs, so that
 * markdown reads `1. Mục tiêu…` / `Kiểm soát, ngăn chặn…` as a heading and a
 * paragraph rather than one run of text. A line opens a paragraph when it
 * opens with numbering, a bullet or bold, or when the line before closed a
 * sentence or was a short numbered heading; a line that goes on a word or a
 * comma goes on its paragraph. Lines inside `keep` (tables) are left as they are.
 */
export function separateParagraphs(lines: string[], keep: (line: number) => boolean): SeparatedLines {
  const width = typicalWidth(lines);
  const separated: SeparatedLines = { lines: [], origin: [] };
  lines.forEach((line, index) => {
    const previous = separated.lines.at(-1);
    if (previous !== undefined && previous.trim() !== '' && line.trim() !== '' && !keep(index + 1) && !keep(index) && opensParagraph(previous, line, width)) {
      separated.lines.push('');
      separated.origin.push(index + 1);
    }
    separated.lines.push(line);
    separated.origin.push(index + 1);
  });
  return separated;
}

function opensParagraph(previous: string, line: string, width: number): boolean {
  const words = line.replace(DECORATION, '');
  const before = previous.replace(DECORATION, '');
  if (numbered(words) || BULLET_START.test(line.trim()) || HEADING_MARK.test(line.trim())) return true;
  if (LOWERCASE_START.test(words) || COMMA_END.test(before) || DANGLING_WORD_END.test(before) || openBold(previous)) return false;
  if (BOLD_START.test(line.trim())) return true;
  if (!CAPITAL_START.test(words)) return false;
  // `**THỦ TƯỚNG CHÍNH PHỦ**` / `*Căn cứ Luật Tổ chức…`: a line bold from end to end stands alone;
  // `… TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI` / `Thực hiện Nghị quyết…`: a title in capitals ends where the sentences begin.
  if (SENTENCE_CLOSED.test(before) || WHOLLY_BOLD.test(previous.trim()) || (inCapitals(before) && !inCapitals(words))) return true;
  // `1. Mục tiêu tổng thể giai đoạn 2026 - 2030` / `Kiểm soát, ngăn chặn…`: a short numbered heading ends its line.
  return numbered(before) && before.length < HEADING_WIDTH_SHARE * width && !NAME_END.test(before);
}

const HEADING_WIDTH_SHARE = 0.75;

/** A line of capitals (`ĐỘT PHÁ PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO`), not a code or a name (`UBND`, `Sở GDĐT`). */
function inCapitals(text: string): boolean {
  const letters = text.replace(NOT_A_LETTER, '');
  return letters.length >= CAPITALS_MIN_LETTERS && letters === letters.toUpperCase();
}

const CAPITALS_MIN_LETTERS = 12;

/** A line that opens a bold run it does not close: `**III. CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN` / `THỰC HIỆN KẾ HOẠCH**`. */
function openBold(line: string): boolean {
  return (line.match(BOLD_MARK) ?? []).length % 2 === 1;
}

function numbered(text: string): boolean {
  return [ROMAN_NUMBERING, DECIMAL_NUMBERING, ARABIC_NUMBERING, LETTER_NUMBERING, ORDINAL_NUMBERING, ARTICLE_NUMBERING].some((pattern) => pattern.test(text));
}

/** The width lines of running text wrap at: the ninth decile of line lengths. */
function typicalWidth(lines: string[]): number {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}
