import type { DocumentFacts, NationalItems, Task } from '../../schema/index.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';
import { cosine, textVectors } from '../../lib/text-similarity.ts';
import { PHRASE_PUNCTUATION, wordsIn } from '../patterns/text.ts';

/** Least likeness (cosine, plus the item's words) for a task to take an item up. */
const LEAST_SCORE = 0.2;
/** What each of an item's words (data/national-items.json) found in a task adds, for at most ITEM_WORDS_COUNTED of them. */
const ITEM_WORD_WEIGHT = 0.15;
const ITEM_WORDS_COUNTED = 2;
/** A second item, for a task that takes up two: it scores this share of the first at least, and LEAST_SECOND_SCORE. */
const SECOND_SHARE = 0.85;
const LEAST_SECOND_SCORE = 0.3;
/** Plan logistics takes up an item only when its words are that item's own (`Tổ chức quán triệt …`). */
const LOGISTICS_OWN_WORDS = 0.3;
/** How many words open a task: logistics named there (`Tổ chức kiểm tra, đôn đốc …`) is what the task is. */
const OPENING_WORDS = 8;

export interface ItemAlignment {
  /** The national document whose tasks are the items. */
  national: DocumentFacts;
  /** Per task (`document/id`), the items it takes up, the main one first. */
  items: Map<string, string[]>;
}

/**
 * Which items of a national document (its tasks: `iii-5-y2`, the second dash
 * of III.5 of Resolution 71-NQ/TW) each task of a plan implementing it takes
 * up, directly or through a plan that does (`43-KH/TU`), or through a document
 * that restates its items (`91-KL/TW`): the task's words against each item's
 * (lib/text-similarity.ts), each of the item's words a cadre writes counting
 * besides (data/national-items.json), plan logistics taking up none. A
 * reviewer's override settles a task the words cannot.
 */
export function alignItems(documents: DocumentFacts[], tasks: Task[], config: NationalItems): ItemAlignment | null {
  const national = documents.find((document) => document.number === config.national);
  if (!national) return null;
  const items = tasks.filter((task) => task.document === national.id);
  const implementing = implementingDocuments(documents, [config.national, ...config.restatedBy]);
  const aligned = tasks.filter((task) => implementing.has(task.document) && task.document !== national.id);
  const textOf = (task: Task) => task.reading ?? task.text;
  const vectors = textVectors([...items, ...aligned].map(textOf));
  const itemVectors = items.map((item) => ({ id: item.id, vector: vectors.vector(textOf(item)), words: config.items[item.id] ?? [] }));
  const result = new Map<string, string[]>();
  for (const task of aligned) {
    const override = config.overrides.find((entry) => entry.document === task.document && entry.task === task.id);
    result.set(`${task.document}/${task.id}`, override ? override.items : itemsOf(textOf(task), vectors.vector(textOf(task)), itemVectors, config.procedural));
  }
  return { national, items: result };
}

/** The tasks with the items each takes up (none, and no document, for a task of a plan that implements no national document). */
export function withItems(tasks: Task[], alignment: ItemAlignment | null): Task[] {
  return tasks.map((task) => {
    const items = alignment?.items.get(`${task.document}/${task.id}`) ?? [];
    return { ...task, implementsItems: items, itemsDocument: items.length > 0 ? alignment!.national.id : null };
  });
}

function itemsOf(text: string, vector: Map<string, number>, items: Array<{ id: string; vector: Map<string, number>; words: string[] }>, procedural: string[]): string[] {
  const words = phrased(text);
  const folded = ` ${words.join(' ')} `;
  const opening = ` ${words.slice(0, OPENING_WORDS).join(' ')} `;
  const says = (within: string, phrase: string) => within.includes(` ${phrased(phrase).join(' ')} `);
  const scored = items
    .map((item) => {
      const likeness = cosine(vector, item.vector);
      const said = item.words.filter((phrase) => says(folded, phrase)).length;
      return { id: item.id, likeness, words: said, score: likeness + ITEM_WORD_WEIGHT * Math.min(ITEM_WORDS_COUNTED, said) };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < LEAST_SCORE) return [];
  const logistics = procedural.some((phrase) => says(opening, phrase)) || (first.words === 0 && procedural.some((phrase) => says(folded, phrase)));
  if (logistics && first.likeness < LOGISTICS_OWN_WORDS) return [];
  return second && second.score >= LEAST_SECOND_SCORE && second.score >= SECOND_SHARE * first.score ? [first.id, second.id] : [first.id];
}

/** A text as folded words, its commas words of their own: `kiểm tra, đôn đốc` → `kiem tra , don doc`; a phrase is found only as whole words. */
function phrased(text: string): string[] {
  return wordsIn(foldVietnamese(text).toLowerCase().replace(PHRASE_PUNCTUATION, ' $& '));
}

/** The documents that implement one of `numbers`, or a document of the knowledge base that does, at any remove. */
function implementingDocuments(documents: DocumentFacts[], numbers: string[]): Set<string> {
  const byNumber = new Map(documents.flatMap((document) => (document.number ? [[document.number, document] as const] : [])));
  const reaches = (document: DocumentFacts, seen: Set<string>): boolean =>
    document.implements.some((number) => {
      if (numbers.includes(number)) return true;
      const cited = byNumber.get(number);
      return cited !== undefined && !seen.has(cited.id) && reaches(cited, new Set([...seen, cited.id]));
    });
  return new Set(documents.filter((document) => !document.national && reaches(document, new Set([document.id]))).map((document) => document.id));
}
