import { z } from './zod.ts';
import { DocumentSchema } from './document.ts';
import { PartPageSchema, VersionPageSchema } from './version.ts';
import { TaskSchema } from './task.ts';
import { TargetSchema } from './target.ts';
import { ResponsibilitySchema } from './responsibility.ts';
import { AgencySchema } from './agency.ts';
import { ReferenceSchema } from './reference.ts';
import { PassageSchema } from './passage.ts';

/**
 * Site paths (before the configured base) of what records point to: the URL
 * scheme the data contract promises, and so never changed. `lib/urls.ts`
 * adds the base.
 */
export const recordPaths = {
  document: (slug: string, anchor?: string) => `/${slug}/` + (anchor ? `#${anchor}` : ''),
  version: (document: string, version: string, anchor?: string) => `/${document}/phien-ban/${version}/` + (anchor ? `#${anchor}` : ''),
  /** A page of a document too long for one, holding some of its parts. */
  part: (document: string, key: string, anchor?: string) => `/${document}/phan/${key}/` + (anchor ? `#${anchor}` : ''),
  /** A page of an earlier text too long for one. */
  versionPart: (document: string, version: string, key: string, anchor?: string) => `/${document}/phien-ban/${version}/phan/${key}/` + (anchor ? `#${anchor}` : ''),
  task: (document: string, id: string) => `/nhiem-vu/${document}/${id}/`,
  agency: (id: string) => `/co-quan/${id}/`,
  reference: (id: string) => `/van-ban/${id}/`,
  /** An item of a national document (one of its tasks) and the provinces' tasks that take it up. */
  nationalItem: (document: string, id: string) => `/theo-muc/${document}/${id}/`,
};

/** The search page, under the base (`urls.search` links to it; the search index names its engine's files in it). */
export const SEARCH_PAGE_PATH = '/tim-kiem/';

interface Collection<Schema extends z.ZodObject> {
  schema: Schema;
  /** Under content/: a JSON file of records keyed by `key`, or a folder of MDX pages named by `key`. */
  file: string;
  key: (record: z.infer<Schema>) => string;
  /** The element the record is shown in (`url` in the open data). */
  url: (record: z.infer<Schema>) => string;
  /** A page of the record's own, when it has one (`permalink` in the open data). */
  permalink?: (record: z.infer<Schema>) => string;
}

const collection = <Schema extends z.ZodObject>(entry: Collection<Schema>) => entry;
/** A record of a document is stored under the document's id: ids are unique within a document. */
const inDocument = (record: { document: string; id: string }) => `${record.document}/${record.id}`;

/**
 * Every collection the ingest writes and the site reads, in one place: its
 * schema, where it is stored under content/, the key of a record there, and
 * where a record points on the site.
 */
export const COLLECTIONS = {
  documents: collection({ schema: DocumentSchema, file: 'documents', key: (record) => record.id, url: (record) => recordPaths.document(record.id) }),
  versions: collection({
    schema: VersionPageSchema,
    file: 'versions',
    key: (record) => record.id,
    url: (record) => recordPaths.version(record.document, record.version),
  }),
  parts: collection({
    schema: PartPageSchema,
    file: 'parts',
    key: (record) => record.id,
    url: (record) => (record.version ? recordPaths.versionPart(record.document, record.version, record.key) : recordPaths.part(record.document, record.key)),
  }),
  tasks: collection({
    schema: TaskSchema,
    file: 'tasks.json',
    key: inDocument,
    url: (record) => recordPaths.document(record.document, record.id),
    permalink: (record) => recordPaths.task(record.document, record.id),
  }),
  targets: collection({ schema: TargetSchema, file: 'targets.json', key: inDocument, url: (record) => recordPaths.document(record.document, record.id) }),
  responsibilities: collection({
    schema: ResponsibilitySchema,
    file: 'responsibilities.json',
    key: inDocument,
    url: (record) => recordPaths.document(record.document, record.id),
  }),
  agencies: collection({ schema: AgencySchema, file: 'agencies.json', key: (record) => record.id, url: (record) => recordPaths.agency(record.id) }),
  references: collection({ schema: ReferenceSchema, file: 'references.json', key: (record) => record.id, url: (record) => recordPaths.reference(record.id) }),
  passages: collection({ schema: PassageSchema, file: 'passages.json', key: inDocument, url: (record) => recordPaths.document(record.document, record.id) }),
};

export type CollectionName = keyof typeof COLLECTIONS;
export type RecordOf<Name extends CollectionName> = z.infer<(typeof COLLECTIONS)[Name]['schema']>;

/** The collections stored as one JSON file of records under content/; documents, versions and parts are MDX pages. */
export const RECORD_COLLECTIONS = ['tasks', 'targets', 'responsibilities', 'agencies', 'references', 'passages'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** The open data, `dist/api/<name>.json`: every collection but the earlier versions' pages and a long document's pages. */
export const OPEN_DATA = ['documents', 'tasks', 'responsibilities', 'targets', 'agencies', 'references', 'passages'] as const;
export type OpenDataName = (typeof OPEN_DATA)[number];

/** An open-data record: the stored record, the URL of the element its id names, and a task's own page. */
/** One collection of the open data as its file holds it: the site's `api/<name>.json`, and the build's copy written before the site. */
export const openDataText = (records: unknown[]) => `${JSON.stringify(records, null, 2)}\n`;

export type OpenRecord<Name extends OpenDataName> = RecordOf<Name> & { url: string; permalink?: string };
export type OpenData = { [Name in OpenDataName]: Array<OpenRecord<Name>> };

/** The schema an open-data file is read back through: the record's, with its links, and nothing else. */
export function openRecordSchema(name: OpenDataName) {
  return COLLECTIONS[name].schema.extend({ url: z.string(), permalink: z.string().optional() }).strict();
}

/** The open-data records of one collection, as the site publishes them under its base. */
export function openRecords<Name extends OpenDataName>(
  name: Name,
  records: Array<RecordOf<Name>>,
  withBase: (path: string) => string,
): Array<OpenRecord<Name>> {
  const entry = COLLECTIONS[name] as unknown as Collection<z.ZodObject>;
  return records.map((record) => {
    const permalink = entry.permalink?.(record);
    return { ...record, url: withBase(entry.url(record)), ...(permalink ? { permalink: withBase(permalink) } : {}) };
  });
}
