import { createHash } from 'node:crypto';
import type { Task } from '../schema/index.ts';
import type { SiteData } from './site-data/index.ts';
import { themeRegionKey } from './site-data/index.ts';

/**
 * The cache keys of pages (Astro's incremental build: a page whose key and
 * code are those of the previous build is copied, not rendered): the hash of
 * exactly the records a page shows, never of a file's time. A page reads its
 * data through `loadSiteData`, so its key must name every record its
 * template (and the components it uses) reads; the code and the reviewed
 * data files it imports are Astro's to track. tests/site/incremental.test.ts
 * compares an incremental build with a clean one byte for byte.
 */
function keyOf(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

/** A task's own page (`/nhiem-vu/<document>/<id>/`): the task, its document and those it names, and the counts of its theme in the other provinces. */
export function taskPageKey(task: Task, site: SiteData): string {
  const document = site.documentById.get(task.document)!;
  const region = site.regionOf(task);
  return keyOf({
    task,
    document,
    // The notice of a document no longer followed names its successors (StandingNotice).
    successors: document.standing.by.map((id) => site.documentById.get(id) ?? null),
    region,
    addedTo: task.addedTo ? (site.documentById.get(task.addedTo.document) ?? null) : null,
    alsoResponsibility: site.alsoResponsibility.has(`${task.document}#${task.id}`),
    itemsDocument: task.itemsDocument ? (site.documentById.get(task.itemsDocument) ?? null) : null,
    implemented: (site.tasksByDocument.get(task.itemsDocument ?? '') ?? []).filter((item) => task.implementsItems.includes(item.id)),
    isItem: site.itemDocuments.some((entry) => entry.document.id === task.document),
    elsewhere: site.provinces.filter((province) => province !== region).map((province) => [province, site.tasksByThemeRegion.get(themeRegionKey(task.theme, province))?.length ?? 0]),
  });
}
