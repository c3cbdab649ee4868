import type { DocumentFacts, Task } from '../schema/index.ts';

/** Most characters of an item's short title. */
const SHORT_TITLE = 110;

/** How an item of a national document is named: `Mục III.5, ý 2`. */
export function itemLabel(item: Pick<Task, 'path' | 'position'>): string {
  return `Mục ${item.path}, ý ${item.position}`;
}

/** An item's first clause, cut at a word: what a row or a link shows of it. */
export function itemTitle(item: Pick<Task, 'text'>): string {
  const clause = item.text.replace(/^[-–•+]\s*/u, '').split(/[;.](?:\s|$)/u)[0]!.trim();
  if (clause.length <= SHORT_TITLE) return clause;
  const cut = clause.slice(0, SHORT_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** The national document's short name as a reader knows it: `Nghị quyết 71-NQ/TW`. */
export function nationalName(document: Pick<DocumentFacts, 'kind' | 'number'>): string {
  return `${document.kind}${document.number ? ` ${document.number}` : ''}`;
}
