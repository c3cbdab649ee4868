import { createHash } from 'node:crypto';
import type { Agency, DocumentFacts, Responsibility, Target, Task } from '../schema/index.ts';
import type { SiteData } from './site-data/index.ts';
import type { Page } from './paginate.ts';
import { itemRegionKey, themeRegionKey } from './site-data/index.ts';
import { implementersOf } from './implementers.ts';
import { correctionCounts, latestReview } from './review.ts';
import { kindRecords, recordsOf, type AgencyRecords, type PrintSheet } from './agency-index.ts';

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

/** What a task's card (TaskCard, TaskMeta) shows: the task, its document, the plan it is added to, whether it is also a responsibility. */
const cardKeys = new WeakMap<Task, string>();
function cardKey(task: Task, site: SiteData): string {
  let key = cardKeys.get(task);
  if (key === undefined) {
    key = keyOf({
      task,
      document: recordKey(site.documentById.get(task.document)),
      addedTo: task.addedTo ? recordKey(site.documentById.get(task.addedTo.document)) : null,
      alsoResponsibility: site.alsoResponsibility.has(`${task.document}#${task.id}`),
    });
    cardKeys.set(task, key);
  }
  return key;
}

/** A responsibility or target in a list: the record and the document its link and reference name. */
function citedKey(record: Responsibility | Target, site: SiteData): [string | null, string | null] {
  return [recordKey(record), recordKey(site.documentById.get(record.document))];
}

/** An agency's records as its page, print and calendar show them, group by group. */
function agencyRecordsKey(records: AgencyRecords, site: SiteData) {
  const cards = (tasks: Task[]) => tasks.map((task) => cardKey(task, site));
  return {
    led: cards(records.led),
    supported: cards(records.supported),
    collective: cards(records.collective),
    superseded: cards(records.superseded),
    responsibilities: records.responsibilities.map((record) => citedKey(record, site)),
    targets: records.targets.map((target) => citedKey(target, site)),
  };
}

/**
 * An agency's page (`/co-quan/<agency>/`, each page of it): the agency, its kind, its region, its records
 * and those of the collective groups it belongs to (their calendars); for a cross-province kind, every
 * member's records and region, and the plans naming no lead in the provinces where it has no member.
 */
export function agencyPageKey(agency: Agency, site: SiteData): string {
  const regionOf = (member: Agency) => site.regionOfAgency.get(member.id) ?? '';
  if (agency.kind === null) {
    const members = kindRecords(agency, site);
    const regions = new Set(members.map((entry) => regionOf(entry.agency)));
    return keyOf({
      agency,
      members: members.map((entry) => [entry.agency, regionOf(entry.agency), agencyRecordsKey(entry.records, site)]),
      unnamedIn: site.provinces.filter((province) => !regions.has(province)).map((province) => site.plansWithoutLeadsByRegion.get(province) ?? []),
    });
  }
  return keyOf({
    agency,
    kind: site.agencyById.get(agency.kind) ?? null,
    region: regionOf(agency),
    records: agencyRecordsKey(recordsOf(site, agency.id), site),
    groups: (site.groupsOfAgency.get(agency.id) ?? []).map((group) => [group, agencyRecordsKey(recordsOf(site, group.id), site)]),
  });
}

/** A sheet of an agency's print (`/co-quan/<agency>/in/`): the agency, its region, its records, and the documents of every sheet. */
export function agencyPrintKey(agency: Agency, sheets: PrintSheet[], site: SiteData): string {
  return keyOf({
    agency,
    region: site.regionOfAgency.get(agency.id) ?? '',
    records: agencyRecordsKey(recordsOf(site, agency.id), site),
    sheets: sheets.map((sheet) => sheet.documents.map((id) => recordKey(site.documentById.get(id)))),
  });
}

/** A task's own page (`/nhiem-vu/<document>/<id>/`): the task, its document and those it names, and the counts of its theme in the other provinces. */
export function taskPageKey(task: Task, site: SiteData): string {
  const document = site.documentById.get(task.document)!;
  const region = site.regionOf(task);
  return keyOf({
    // The task, its document, the plan it is added to, whether it is a responsibility too (TaskMeta, as on a card).
    card: cardKey(task, site),
    // The notice of a document no longer followed names its successors (StandingNotice).
    successors: document.standing.by.map((id) => recordKey(site.documentById.get(id))),
    region,
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
    implementers: document.number && implementedNumbers(site).has(document.number) ? implementersOf(document.number, site.documents, site.references).map(({ document: other, via }) => [recordKey(other), via]) : [],
    cited: citedCounts(document, site),
  });
}

/** The numbers some document or cited document says it implements: no other number has an implementer (looking for one walks every plan). */
const implemented = new WeakMap<SiteData, Set<string>>();
function implementedNumbers(site: SiteData): Set<string> {
  let numbers = implemented.get(site);
  if (!numbers) implemented.set(site, (numbers = new Set([...site.documents, ...site.references].flatMap((entry) => entry.implements))));
  return numbers;
}

/** How the document page counts the citations of its number: the reference's id, its passages and its citing documents. */
function citedCounts(document: DocumentFacts, site: SiteData): [string, number, number] | null {
  const cited = document.number ? site.references.find((reference) => reference.number === document.number) : undefined;
  return cited ? [cited.id, cited.citations.length, cited.citedBy.length] : null;
}

/** How RegionName names a region: with the bodies below the province when only theirs are published. */
function regionNameKey(region: string, site: SiteData) {
  return [region, site.localIssuersByRegion.get(region) ?? null];
}

/** A theme's comparison page (`/so-sanh/<theme>/`, a page of provinces): each province's name and its tasks of the theme. */
export function comparisonPageKey(theme: string, provinces: string[], site: SiteData): string {
  return keyOf({
    theme,
    columns: provinces.map((province) => [
      regionNameKey(province, site),
      (site.tasksByThemeRegion.get(themeRegionKey(theme, province)) ?? []).map((task) => cardKey(task, site)),
    ]),
  });
}

/** Where a page sits in its list: how many pages and items the list has, where this one starts. */
const placeOf = (page: Page<unknown>) => [page.count, page.total, page.offset];

/** A page of one list of tasks (one province's tasks of a theme or of a national item): what the list is of, its tasks, its place. */
export function taskListPageKey(shown: unknown, page: Page<Task>, site: SiteData): string {
  return keyOf({ shown, place: placeOf(page), tasks: page.items.map((task) => cardKey(task, site)) });
}

/** A national item's page (`/theo-muc/<document>/<item>/`): the item, its neighbours, and each province's tasks taking it up. */
export function itemPageKey(document: DocumentFacts, item: Task, neighbours: Array<Task | null>, provinces: string[], site: SiteData): string {
  return keyOf({
    document: recordKey(document),
    item,
    neighbours,
    words: site.itemWords.get(item.id) ?? null,
    columns: provinces.map((province) => [
      regionNameKey(province, site),
      (site.tasksByItemRegion.get(itemRegionKey(document.id, item.id, province)) ?? []).map((task) => cardKey(task, site)),
    ]),
  });
}

/** A page of a province's documents (`/tinh/<region>/`): the documents shown, their place in the list, the province's task counts by theme. */
export function regionPageKey(province: string, page: Page<DocumentFacts>, themes: string[], site: SiteData): string {
  return keyOf({
    province,
    place: placeOf(page),
    documents: page.items.map((document) => recordKey(document)),
    themes: themes.map((theme) => site.tasksByThemeRegion.get(themeRegionKey(theme, province))?.length ?? 0),
  });
}

/** A page of a province's targets (`/chi-tieu/<region>/`): the targets shown with their documents, their place in the list. */
export function regionTargetsPageKey(province: string, page: Page<Target>, site: SiteData): string {
  return keyOf({ province, place: placeOf(page), targets: page.items.map((target) => citedKey(target, site)) });
}

/** A document's review page (`/soat-xet/<document>/`): what it shows is the document's own record. */
export function reviewPageKey(document: DocumentFacts): string {
  return recordKey(document)!;
}

/** A province's agencies (`/tinh/<region>/co-quan/`): each agency, its kind and its counts, and the plans naming no lead there. */
export function regionAgenciesPageKey(province: string, site: SiteData): string {
  return keyOf({
    province,
    agencies: (site.agenciesByRegion.get(province) ?? []).map((agency) => {
      const records = recordsOf(site, agency.id);
      return [agency, agency.kind ? (site.agencyById.get(agency.kind) ?? null) : null, records.led.length, records.supported.length, records.responsibilities.length];
    }),
    withoutLeads: site.plansWithoutLeadsByRegion.get(province) ?? [],
  });
}

/** A page of the review list (`/soat-xet/`): the documents it shows, its place, and the counts it gives of every document. */
export function reviewListPageKey(page: Page<DocumentFacts>, documents: DocumentFacts[]): string {
  return keyOf({
    place: placeOf(page),
    documents: page.items.map((document) => recordKey(document)),
    all: documents.length,
    reviewed: documents.filter((document) => latestReview(document.review)).length,
    stale: documents.reduce((sum, document) => sum + correctionCounts(document.review).stale, 0),
  });
}
