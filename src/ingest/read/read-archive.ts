import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceData } from '../reference-data.ts';
import type { ArchivedText, SourceText } from '../model/source-text.ts';
import { wordsOf, wordsOfBytes } from '../../lib/same-words.ts';
import { notInside } from './inside-folder.ts';

/**
 * Every published text of every document (data/versions.json, archived by
 * `npm run record-urls`), oldest first: read up front, as the seeds are, so
 * that the current text's earlier versions and a document whose seed is gone
 * are inputs of the ingest like any other.
 */
export function readArchive(data: ReferenceData): ArchivedText[] {
  return Object.entries(data.versions).flatMap(([document, entries]) =>
    entries.map((entry): ArchivedText => {
      const file = join(data.dataDir, entry.file);
      const path = `data/${entry.file}`;
      if (!existsSync(file)) {
        const reason = `Unexpected missing archived version ${entry.file}, expected the text data/versions.json lists`;
        return { document, entry, path, bytes: null, problem: { severity: 'warning', reason, origin: 'versions:missing' } };
      }
      const refused = notInside(data.dataDir, file);
      if (refused) {
        const reason = `Unexpected archived version ${path}: ${refused}, expected a regular file inside data/; it is not read`;
        return { document, entry, path, bytes: null, problem: { severity: 'fatal', reason, origin: 'versions:outside' } };
      }
      return { document, entry, path, bytes: readFileSync(file), problem: null };
    }),
  );
}

/** Whether an archived text is a source's text (or differs only in line ends, a byte-order mark or trailing spaces). */
export function isTextOf(archived: ArchivedText, source: SourceText): boolean {
  return archived.entry.sha256 === source.sha256 || (archived.bytes !== null && wordsOfBytes(archived.bytes) === wordsOf(source.text));
}
