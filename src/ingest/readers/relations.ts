import { DOCUMENT_NUMBER, IMPLEMENTING_OPENING, RELATION_BEFORE, SELF_SUBJECT, RELATION_TITLE } from '../patterns/citations.ts';
import { SENTENCE } from '../patterns/sentences.ts';

/** What a document does to others, by their numbers. */
export interface Relations {
  replaces: string[];
  repeals: string[];
  amends: string[];
}

/**
 * The documents a document replaces (`thay thế`), repeals (`bãi bỏ`) or
 * amends (`sửa đổi, bổ sung`), read where a document says such things of
 * itself: a title that is the relation, its opening paragraphs and a
 * decision's articles, or any sentence whose subject is the document itself
 * (`Kế hoạch này thay thế Kế hoạch số 12/KH-UBND`). What it rests on (`Căn
 * cứ Nghị định số 05/2025/NĐ-CP về sửa đổi, bổ sung…`) names what others do;
 * a task that would repeal a regulation (`tham mưu bãi bỏ Quyết định số …`)
 * is work, not a relation.
 */
export function readRelations(own: { title: string; opening: string[]; articles: string[]; body: string }): Relations {
  const relations: Relations = { replaces: [], repeals: [], amends: [] };
  const read = (text: string, selfOnly: boolean) => {
    for (const sentence of text.match(SENTENCE) ?? []) {
      for (const number of sentence.matchAll(DOCUMENT_NUMBER)) {
        const before = sentence.slice(0, number.index);
        const relation = RELATION_BEFORE.exec(before.slice(-120))?.groups?.relation?.toLowerCase();
        if (!relation || (selfOnly && !SELF_SUBJECT.test(before))) continue;
        const list = relation === 'thay thế' ? relations.replaces : relation === 'bãi bỏ' ? relations.repeals : relations.amends;
        if (!list.includes(number[0])) list.push(number[0]);
      }
    }
  };
  if (RELATION_TITLE.test(own.title.trim())) read(own.title, false);
  for (const text of [...own.opening, ...own.articles].filter((paragraph) => !IMPLEMENTING_OPENING.test(paragraph.trim()))) read(text, false);
  read(own.body, true);
  return relations;
}
