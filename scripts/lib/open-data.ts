import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COLLECTIONS,
  CollectiveGroupsSchema,
  NationalItemsSchema,
  OPEN_DATA,
  openDataText,
  openRecords,
  openRecordSchema,
  z,
  type Content,
  type OpenData,
  type OpenDataName,
  type RecordOf,
} from '../../src/schema/index.ts';
import { siteData, type Reviewed, type SiteRecords } from '../../src/lib/site-data/index.ts';

/**
 * One collection of the open data a build wrote under `<dist>/api/`, read back
 * through its schema: a file that breaks the data contract stops the caller
 * with the file and the field, never a half-read record.
 */
export function readOpenRecords<Name extends OpenDataName>(dist: string, name: Name): OpenData[Name] {
  return readOpenRecordsIn(join(dist, 'api'), name);
}

/** One collection of the open data from a folder of its files (a site's `api/`, or the build's copy). */
export function readOpenRecordsIn<Name extends OpenDataName>(folder: string, name: Name): OpenData[Name] {
  const file = join(folder, `${name}.json`);
  const parsed = z.array(openRecordSchema(name)).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: record ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as OpenData[Name];
}

/** All of the open data a build wrote. */
export function readOpenData(dist: string): OpenData {
  return readOpenDataIn(join(dist, 'api'));
}

/** All of the open data from a folder of its files. */
export function readOpenDataIn(folder: string): OpenData {
  return Object.fromEntries(OPEN_DATA.map((name) => [name, readOpenRecordsIn(folder, name)])) as OpenData;
}

/** What reviewers wrote that the site reads, from the files the site imports (`src/lib/site-data/load.ts`). */
export function readReviewed(projectDir: string): Reviewed {
  const read = (name: string) => JSON.parse(readFileSync(join(projectDir, 'data', name), 'utf8')) as unknown;
  return { collectiveGroups: CollectiveGroupsSchema.parse(read('collective-groups.json')), itemWords: NationalItemsSchema.parse(read('national-items.json')).items };
}

/**
 * The open data the site publishes (`dist/api/*.json`), from what the ingest wrote to content/: each record
 * read through its collection's schema and in the order of its entry's id, as Astro's content layer reads it
 * for the pages (its data store sorts entries with localeCompare), then the site's join. The build writes it
 * before the Astro build so that the search index and the exports, which read only it, can start beside that
 * build, then moves this copy into the site.
 */
export function writeOpenData(dir: string, content: Content, reviewed: Reviewed, base: string): void {
  const asLoaded = (name: OpenDataName) => {
    const { schema, key } = COLLECTIONS[name] as { schema: z.ZodType; key: (record: unknown) => string };
    const records: unknown[] = name === 'documents' ? content.documents.map((entry) => entry.facts) : content[name];
    return records
      .map((record) => ({ id: key(record), record: schema.parse(record) }))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((entry) => entry.record);
  };
  const site = siteData(Object.fromEntries(OPEN_DATA.map((name) => [name, asLoaded(name)])) as SiteRecords, reviewed);
  const root = base.replace(/\/?$/u, '/');
  const withBase = (path: string) => `${root}${path.replace(/^\//u, '')}`;
  mkdirSync(dir, { recursive: true });
  for (const name of OPEN_DATA) writeFileSync(join(dir, `${name}.json`), openDataText(openRecords(name, site[name] as Array<RecordOf<typeof name>>, withBase)));
}
