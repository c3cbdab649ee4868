import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, RECORD_COLLECTIONS, type Content } from '../../schema/index.ts';

/**
 * Write content/ aside, then swap it in: a failed or interrupted ingest
 * leaves the previous content/ exactly as it was. Records are keyed by a
 * stable id and written in source order, so the same seeds give the same bytes.
 */
export function emitContent(content: Content, outDir: string): void {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const { documents, versions, parts } = COLLECTIONS;
  mkdirSync(join(staging, documents.file), { recursive: true });
  for (const document of content.documents) writeFileSync(join(staging, documents.file, `${documents.key(document.facts)}.mdx`), document.mdx);
  mkdirSync(join(staging, versions.file));
  for (const version of content.versions) writeFileSync(join(staging, versions.file, `${versions.key(version.page)}.mdx`), version.mdx);
  mkdirSync(join(staging, parts.file));
  for (const part of content.parts) writeFileSync(join(staging, parts.file, `${parts.key(part.page)}.mdx`), part.mdx);
  for (const name of RECORD_COLLECTIONS) {
    const { file, key } = COLLECTIONS[name] as { file: string; key: (record: unknown) => string };
    writeJson(join(staging, file), keyed(content[name] as unknown[], key));
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
