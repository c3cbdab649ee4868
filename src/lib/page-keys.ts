import { createHash } from 'node:crypto';
import type { DocumentFacts, Task } from '../schema/index.ts';
import type { SiteData } from './site-data/index.ts';
import { themeRegionKey } from './site-data/index.ts';
import { implementersOf } from './implementers.ts';

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

/** A record's key, worked out once: a plan's facts (its outline) can be large, and each of its thousands of tasks names them. */
const recordKeys = new WeakMap<object, string>();
function recordKey(record: object | null | undefined): string | null {
  if (!record) return null;
  let key = recordKeys.get(record);
  if (key === undefined) recordKeys.set(record, (key = keyOf(record)));
  return key;
}

/** A task's own page (`/nhiem-vu/<document>/<id>/`): the task, its document and those it names, and the counts of its theme in the other provinces. */
export function taskPageKey(task: Task, site: SiteData): string {
  const document = site.documentById.get(task.document)!;
  const region = site.regionOf(task);
  return keyOf({
    task,
    document: recordKey(document),
    // The notice of a document no longer followed names its successors (StandingNotice).
    successors: document.standing.by.map((id) => recordKey(site.documentById.get(id))),
    region,
    addedTo: task.addedTo ? recordKey(site.documentById.get(task.addedTo.document)) : null,
    alsoResponsibility: site.alsoResponsibility.has(`${task.document}#${task.id}`),
    itemsDocument: task.itemsDocument ? recordKey(site.documentById.get(task.itemsDocument)) : null,
    implemented: (site.tasksByDocument.get(task.itemsDocument ?? '') ?? []).filter((item) => task.implementsItems.includes(item.id)),
    isItem: site.itemDocuments.some((entry) => entry.document.id === task.document),
    // Which other provinces have tasks of its theme (the page links to each, without counting them: a plan added
    // anywhere would otherwise change every task page of its themes).
    elsewhere: site.provinces.filter((province) => province !== region).map((province) => [province, site.tasksByThemeRegion.has(themeRegionKey(task.theme, province))]),
  });
}

/**
 * A document's own page (`/<document>/`): the document, its records, and
 * what other documents say of it (successors, amendments and the tasks they
 * add, plans implementing it, citations of it, the plans its tasks are added
 * to). A national document's page sets every province against it
 * (NationalCoverage): it has no key, and is rendered every build.
 */
export function documentPageKey(document: DocumentFacts, site: SiteData): string | undefined {
  if (document.national) return undefined;
  const tasks = site.tasksByDocument.get(document.id) ?? [];
  const facts = (ids: string[]) => ids.map((id) => recordKey(site.documentById.get(id)));
  return keyOf({
    document,
    region: site.regionOf({ province: document.province, document: document.id }),
    tasks,
    targets: site.targetsByDocument.get(document.id) ?? [],
    responsibilities: site.responsibilitiesByDocument.get(document.id) ?? [],
    alsoResponsibility: tasks.map((task) => site.alsoResponsibility.has(`${task.document}#${task.id}`)),
    addedTo: facts(tasks.flatMap((task) => (task.addedTo ? [task.addedTo.document] : []))),
    successors: facts(document.standing.by),
    amenders: facts(document.amendedBy),
    added: site.tasksAddedTo.get(document.id) ?? [],
    // ImplementsList links a number to its reference's page, named by its type.
    references: [...document.implements, ...document.replaces, ...document.repeals, ...document.amends].map((number) => {
      const reference = site.referenceByNumber.get(number);
      return reference ? [reference.id, reference.type] : null;
    }),
    implementers: document.number ? implementersOf(document.number, site.documents, site.references).map(({ document: other, via }) => [recordKey(other), via]) : [],
    cited: citedCounts(document, site),
  });
}

/** How the document page counts the citations of its number: the reference's id, its passages and its citing documents. */
function citedCounts(document: DocumentFacts, site: SiteData): [string, number, number] | null {
  const cited = document.number ? site.references.find((reference) => reference.number === document.number) : undefined;
  return cited ? [cited.id, cited.citations.length, cited.citedBy.length] : null;
}
