import type { OutlineNode } from '../model/outline.ts';
import type { TargetDraft } from '../model/drafts.ts';
import {
  COMPARATOR_BEFORE,
  COUNT_UNITS,
  FROM_BEFORE,
  GOAL_BEFORE,
  NOT_A_UNIT,
  OPEN_UNIT,
  HORIZON_YEAR,
  INDEX_CONTEXT,
  NOT_A_QUANTITY_BEFORE,
  NUMBER,
  OR_MORE,
  PERCENT_UNIT,
  RANGE_TAIL,
  SEGMENT_END,
  ONE_IN_WORDS,
  INDEX_COMPARATOR_BEFORE,
  YEAR_NUMBER,
  FROM_WORD,
  NEGATED_BOUND,
} from '../patterns/targets.ts';
import { CLAUSE, SENTENCE_START } from '../patterns/sentences.ts';
import { LEAD_IN_END } from '../patterns/task-lines.ts';
import type { Target } from '../../schema/index.ts';
import { LETTER_START, SPACES } from '../patterns/text.ts';

/**
 * Numeric goals anywhere in the body: a number with a unit of a goal
 * (`%`, `trường`, `lao động`…), its comparator (`ít nhất`, `trên`,
 * `từ … trở lên`, `dưới`), a range (`35-40%`, `2000 đến 3000`) and its horizon
 * year, from the sentence or from the heading or lead-in above it.
 */
export function extractTargets(root: OutlineNode): TargetDraft[] {
  const targets: TargetDraft[] = [];
  const visit = (node: OutlineNode) => {
    // What a plan reports of the past (`1. Hiện trạng`) and what it costs commit to nothing.
    if (node.section === 'background' || node.section === 'funding') return;
    // A heading may commit to a number (`a) Thành lập mới khoảng 200 ha …`); a part's heading names its purpose.
    if (node.kind !== 'table' && node.kind !== 'rule' && !(node.heading && node.parent === root)) {
      // A table row's paragraphs are its cells, so that a target's words stay inside one cell.
      const paragraphs = node.kind === 'row' ? (node.cells ?? []) : [node.text, ...node.blocks.slice(1).map((block) => block.text)];
      paragraphs.forEach((text, paragraph) => targets.push(...targetsIn(text, node, paragraph)));
    }
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return targets;
}

function targetsIn(text: string, node: OutlineNode, paragraph: number): TargetDraft[] {
  const found: TargetDraft[] = [];
  // Under the targets, any number with something it counts is a goal; elsewhere, one a verb or comparator commits to.
  const goals = node.section === 'targets';
  // Read once per paragraph, not once per number: a paragraph may hold thousands.
  const sentenceStarts = [0, ...[...text.matchAll(SENTENCE_START)].map((match) => match.index + match[0].length)];
  let paragraphYear: number | null | undefined;
  const yearIn = (clause: string) => {
    const inClause = HORIZON_YEAR.exec(clause);
    if (inClause) return Number(inClause.groups!.year);
    paragraphYear ??= yearOf(text, node);
    return paragraphYear;
  };
  for (const clauseMatch of text.matchAll(CLAUSE)) {
    const clause = clauseMatch[0];
    const clauseStart = clauseMatch.index;
    const quantities: Quantity[] = [];
    for (const number of clause.matchAll(NUMBER)) {
      if (number.index < (quantities.at(-1)?.end ?? 0)) continue;
      const quantity = readQuantity(clause, number.index, number[0], goals);
      if (quantity) quantities.push(quantity);
    }
    const segments = segmentsOf(clause, quantities);
    quantities.forEach((quantity, index) => {
      found.push({
        node,
        paragraph,
        start: clauseStart + quantity.start,
        end: clauseStart + quantity.end,
        clause: clause.trim(),
        sentence: sentenceAround(text, sentenceStarts, clauseStart + quantity.start),
        segment: segments[index]!,
        phrase: clause.slice(quantity.start, quantity.end),
        comparator: quantity.comparator,
        value: quantity.value,
        ...(quantity.max === undefined ? {} : { max: quantity.max }),
        unit: quantity.unit,
        year: yearIn(clause),
      });
    });
  }
  return found;
}

/** Cut a clause holding several targets at the last comma before each next target. */
function segmentsOf(clause: string, quantities: Quantity[]): string[] {
  const cuts = [0];
  for (let index = 1; index < quantities.length; index++) {
    const between = clause.slice(quantities[index - 1]!.end, quantities[index]!.start);
    const comma = between.lastIndexOf(',');
    cuts.push(comma === -1 ? cuts.at(-1)! : quantities[index - 1]!.end + comma + 1);
  }
  return quantities.map((_, index) => {
    const end = index + 1 < cuts.length && cuts[index + 1] !== cuts[index] ? cuts[index + 1]! - 1 : clause.length;
    return clause.slice(cuts[index], end).replace(SEGMENT_END, '').trim();
  });
}

interface Quantity {
  start: number;
  end: number;
  comparator: Target['comparator'];
  value: number;
  max?: number;
  unit: string | null;
}

/**
 * How far before and after a number its comparator, verb and unit are read:
 * a few words. (Reading the whole clause made a clause of thousands of numbers
 * quadratic: each pattern anchored at its end scanned it from its start.)
 */
const AROUND = 160;

function readQuantity(clause: string, index: number, written: string, goals: boolean): Quantity | null {
  const offset = Math.max(0, index - AROUND);
  const before = clause.slice(offset, index);
  if (NOT_A_QUANTITY_BEFORE.test(before)) return null;
  let end = index + written.length;
  const afterAt = (at: number) => clause.slice(at, at + AROUND);
  const value = ONE_IN_WORDS.test(written) ? 1 : parseNumber(written);
  const range = RANGE_TAIL.exec(afterAt(end));
  let max: number | undefined;
  if (range) {
    max = parseNumber(range.groups!.number!);
    if (max <= value) return null;
    end += range[0].length;
  }
  const floorOrCeiling = COMPARATOR_BEFORE.find(([pattern]) => pattern.test(before));
  const percent = PERCENT_UNIT.exec(afterAt(end));
  let unit: string | null = null;
  if (percent) {
    unit = percent.groups!.unit!.replace(SPACES, '');
    end += percent[0].length;
  } else {
    const window = afterAt(end);
    const after = window.trimStart();
    const count = COUNT_UNITS.find((name) => after.startsWith(name) && !LETTER_START.test(after.slice(name.length)));
    const open = count ? null : OPEN_UNIT.exec(window);
    const committed = goals || floorOrCeiling !== undefined || GOAL_BEFORE.test(before);
    if (count) {
      unit = count;
      end += window.length - after.length + count.length;
    } else if (open && committed && !NOT_A_UNIT.test(open.groups!.unit!.trim())) {
      unit = open.groups!.unit!.trim();
      end += open[0].length;
    } else if (!(INDEX_CONTEXT.test(before) && written.includes(',') && INDEX_COMPARATOR_BEFORE.test(before))) {
      return null;
    }
  }
  if (YEAR_NUMBER.test(written) && !range) return null;
  let comparator: Target['comparator'] = range ? 'range' : '=';
  let start = index;
  if (!range) {
    if (floorOrCeiling) {
      const at = floorOrCeiling[0].exec(before)!.index;
      // `không có tỉnh, thành phố đạt dưới 60%`: no one below, so every one at least.
      comparator = NEGATED_BOUND.test(before.slice(0, at)) ? OPPOSITE[floorOrCeiling[1]] : floorOrCeiling[1];
      start = offset + at;
    }
    const orMore = OR_MORE.exec(afterAt(end));
    const from = FROM_BEFORE.exec(before);
    if (comparator === '=' && from && orMore) {
      comparator = '>=';
      start = offset + from.index + from[0].search(FROM_WORD);
    }
    if (orMore && comparator === '>=' && orMore[0].length <= 12) end += orMore[0].length;
  } else {
    const from = FROM_BEFORE.exec(before);
    if (from) start = offset + from.index + from[0].search(FROM_WORD);
  }
  return { start, end, comparator, value, ...(max === undefined ? {} : { max }), unit };
}

/** The bound a negated one sets: none below 60% is each at least 60%. */
const OPPOSITE = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '=' } as const;

/** The sentence of a paragraph that holds a position, with its closing punctuation (`starts`: where its sentences begin). */
function sentenceAround(text: string, starts: number[], position: number): string {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return text.slice(starts[low], starts[low + 1] ?? text.length).trim();
}

/** `20.000` → 20000, `0,8` → 0.8, `01` → 1. */
export function parseNumber(written: string): number {
  return Number(written.replaceAll('.', '').replace(',', '.'));
}

/** The horizon when the clause names none: in the paragraph, else in a heading or lead-in above. */
function yearOf(paragraph: string, node: OutlineNode): number | null {
  const inParagraph = HORIZON_YEAR.exec(paragraph);
  if (inParagraph) return Number(inParagraph.groups!.year);
  for (let current: OutlineNode | null = node; current?.parent; current = current.parent) {
    const siblings = current.parent.children;
    for (let index = siblings.indexOf(current) - 1; index >= 0; index--) {
      const sibling = siblings[index]!;
      if (sibling.numbering?.style === 'bullet') continue;
      if (sibling.numbering) break;
      const leadIn = LEAD_IN_END.test(sibling.text) ? HORIZON_YEAR.exec(sibling.text) : null;
      if (leadIn) return Number(leadIn.groups!.year);
    }
    const heading = current.parent.heading ? HORIZON_YEAR.exec(current.parent.text) : null;
    if (heading) return Number(heading.groups!.year);
  }
  return null;
}
