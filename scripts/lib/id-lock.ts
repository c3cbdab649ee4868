import type { LockedItem, OpenData } from '../../src/schema/index.ts';
import { OUTLINE_PASSAGE_KINDS } from '../../src/ingest/render/build-page.ts';
import { readOpenRecords } from './open-data.ts';


/**
 * The lock of published ids after this build: per document, every outline id
 * it publishes with its words, in document order. An id the lock had whose
 * words changed keeps its earlier wordings; an id this build no longer has
 * (a tombstone) stays where it stood, so that it is never given to another item.
 */
export function recordIdLock(dist: string, previous: Record<string, LockedItem[]>): Record<string, LockedItem[]> {
  const passages = readOpenRecords(dist, 'passages');
  const documents = readOpenRecords(dist, 'documents');
  const lock: Record<string, LockedItem[]> = { ...previous };
  for (const document of documents) {
    const before = new Map((previous[document.id] ?? []).map((item) => [item.id, item]));
    const current = passages
      .filter((passage) => passage.document === document.id && OUTLINE_PASSAGE_KINDS.has(passage.kind))
      .map((passage): LockedItem => {
        const earlier = before.get(passage.id);
        const history = earlier && earlier.text !== passage.text ? [...(earlier.earlier ?? []), earlier.text] : earlier?.earlier;
        return { id: passage.id, text: passage.text, ...(history?.length ? { earlier: history } : {}) };
      });
    lock[document.id] = keepRemoved(previous[document.id] ?? [], current);
  }
  return Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
}

/** The lock of published target anchors after this build: their words (the phrase), removed ones kept. */
export function recordTargetLock(dist: string, previous: Record<string, LockedItem[]>): Record<string, LockedItem[]> {
  const targets = readOpenRecords(dist, 'targets');
  const lock: Record<string, LockedItem[]> = { ...previous };
  for (const document of new Set(targets.map((target) => target.document))) {
    const current = targets.filter((target) => target.document === document).map((target) => ({ id: target.id, text: target.phrase }));
    lock[document] = keepRemoved(previous[document] ?? [], current);
  }
  return Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
}

/** Put back each locked item the new list lacks, after the item that stood before it. */
function keepRemoved(previous: LockedItem[], current: LockedItem[]): LockedItem[] {
  const result = [...current];
  const ids = new Set(current.map((item) => item.id));
  previous.forEach((item, index) => {
    if (ids.has(item.id)) return;
    const before = previous.slice(0, index).reverse().find((candidate) => ids.has(candidate.id));
    result.splice(before ? result.findIndex((candidate) => candidate.id === before.id) + 1 : 0, 0, item);
    ids.add(item.id);
  });
  return result;
}

/**
 * Task pages of tasks no longer read as tasks: one an amendment removed
 * sends the reader to its tombstone on the document page, one an editor said
 * is no task (data/corrections/) to its words there.
 */
export function removedTaskRedirects({ documents, tasks: published }: Pick<OpenData, 'documents' | 'tasks'>, taskPage: (document: string, id: string) => string) {
  const tasks = new Set(published.map((task) => `${task.document}#${task.id}`));
  return documents.flatMap((document) => [
    ...document.removed.map((item) => ({
      from: taskPage(document.id, item.id),
      to: `/${document.id}/#${item.id}`,
      why: 'removed by an amendment of the plan; its last words stay on the document page',
    })),
    ...document.review.corrections
      .filter((entry) => entry.list === 'tasks' && entry.status === 'applied' && entry.id !== null && !tasks.has(`${document.id}#${entry.id}`))
      .map((entry) => ({
        from: taskPage(document.id, entry.id!),
        to: `/${document.id}/#${entry.id}`,
        why: `an editor said it is no task (${document.review.file}:${entry.line}); its words stay on the document page`,
      })),
  ]);
}

/** A page of a long document, or of an earlier text of it, as its address reads: `/<document>/phan/<key>/`, `/<document>/phien-ban/<version>/phan/<key>/`. */
const PART_PAGE = /^(?<text>\/[a-z0-9-]+\/(?:phien-ban\/[0-9a-f]{12}\/)?)phan\/(?<key>[a-z0-9-]+)\/$/u;

/**
 * A page of a long document this build no longer has (its parts fell on
 * other pages, or it now fits one page) sends the reader to the document's
 * address for its first block, which the document's page sends on to
 * wherever that block is now.
 */
export function partPageRedirects(recorded: string[], current: Set<string>) {
  return recorded.flatMap((url) => {
    const part = PART_PAGE.exec(url)?.groups;
    if (!part || current.has(url) || !current.has(part.text!)) return [];
    // An earlier text's items have no address of their own in the open data: its page is the target, the fragment kept.
    const anchored = `${part.text}#${part.key}`;
    return [{ from: url, to: current.has(anchored) ? anchored : part.text!, why: 'a page of a long document whose parts now fall otherwise' }];
  });
}
