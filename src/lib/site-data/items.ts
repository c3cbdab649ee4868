import type { DocumentFacts, Task } from '../../schema/index.ts';
import { groupByEach } from '../group-by.ts';

/** The items of national documents (their tasks) that provincial tasks take up, and who takes each up where. */
export interface ItemIndex {
  /** The national documents some task takes up an item of, with their items in the order they stand. */
  itemDocuments: Array<{ document: DocumentFacts; items: Task[] }>;
  /** Tasks of the documents still followed taking up an item in a region: key `document/item region` (see `itemRegionKey`), main items and second alike. */
  tasksByItemRegion: Map<string, Task[]>;
  /** The words a reader would search an item by (data/national-items.json), by item id. */
  itemWords: Map<string, string[]>;
}

export const itemRegionKey = (document: string, item: string, region: string) => `${document}/${item}\u0000${region}`;

export function itemIndex(
  tasks: Task[],
  { documentById, followed }: { documentById: Map<string, DocumentFacts>; followed: Set<string> },
  regionOf: (task: Task) => string,
  words: Record<string, string[]>,
): ItemIndex {
  const documents = [...new Set(tasks.flatMap((task) => (task.itemsDocument ? [task.itemsDocument] : [])))].flatMap((id) => documentById.get(id) ?? []);
  return {
    itemDocuments: documents.map((document) => ({ document, items: tasks.filter((task) => task.document === document.id) })),
    tasksByItemRegion: groupByEach(
      tasks.filter((task) => followed.has(task.document)),
      (task) => task.implementsItems.map((item) => itemRegionKey(task.itemsDocument!, item, regionOf(task))),
    ),
    itemWords: new Map(Object.entries(words)),
  };
}
