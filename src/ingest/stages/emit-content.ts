import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RECORD_COLLECTIONS, type Content, type RecordCollection } from '../../schema/index.ts';

/**
 * Write content/ aside, then swap it in: a failed or interrupted ingest
 * leaves the previous content/ exactly as it was. Records are keyed by a
 * stable id and written in source order, so the same seeds give the same bytes.
 */
export function emitContent(content: Content, outDir: string): void {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'documents'), { recursive: true });
  for (const document of content.documents) writeFileSync(join(staging, 'documents', `${document.facts.id}.mdx`), document.mdx);
  mkdirSync(join(staging, 'versions'));
  for (const version of content.versions) writeFileSync(join(staging, 'versions', `${version.page.id}.mdx`), version.mdx);
  for (const name of Object.keys(RECORD_COLLECTIONS) as RecordCollection[]) {
    const records = content[name] as Array<{ id: string; document?: string }>;
    writeJson(join(staging, `${name}.json`), keyed(records, (record) => (record.document ? `${record.document}/${record.id}` : record.id)));
  }

  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

function keyed<T>(records: T[], keyOf: (record: T) => string): Record<string, T> {
  return Object.fromEntries(records.map((record) => [keyOf(record), record]));
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
