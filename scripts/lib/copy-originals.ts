import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readOpenRecords } from './open-data.ts';

export class OriginalFileError extends Error {}

/**
 * Publish each document's original file where its page links it
 * (`sourceFile.path`), byte for byte the file the ingest read: a file changed
 * since (its SHA-256 differs) stops the build rather than offer other words.
 * A retained plan's text lives in the data folder (`data/versions/…`).
 */
export function copyOriginals(dist: string, projectDir: string, dataDir: string): number {
  const documents = readOpenRecords(dist, 'documents');
  for (const document of documents) {
    const file = document.source.startsWith('data/') ? resolve(dataDir, document.source.slice('data/'.length)) : resolve(projectDir, document.source);
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== document.sha256) {
      throw new OriginalFileError(`${document.source}: changed since the ingest read it; build again`);
    }
    const target = join(dist, document.sourceFile.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return documents.length;
}
