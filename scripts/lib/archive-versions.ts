import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { VersionEntry } from '../../src/schema/index.ts';
import { wordsOfBytes } from '../../src/lib/same-words.ts';
import { readOpenRecords } from './open-data.ts';

/**
 * Archive the text of every document this build publishes under
 * `<data>/versions/<document>/<sha>.txt`, once per text, so that when a plan
 * is amended its earlier text stays readable and comparable. A text that
 * differs from an archived one only in line ends, a byte-order mark or
 * trailing spaces is no new version.
 */
export function archiveVersions(
  dist: string,
  projectDir: string,
  dataDir: string,
  previous: Record<string, VersionEntry[]>,
  today: string,
): Record<string, VersionEntry[]> {
  const documents = readOpenRecords(dist, 'documents');
  const versions: Record<string, VersionEntry[]> = { ...previous };
  for (const document of documents) {
    const known = versions[document.id] ?? [];
    if (known.some((entry) => entry.sha256 === document.sha256)) continue;
    const source = resolve(projectDir, document.source);
    if (!existsSync(source)) continue;
    const words = wordsOfBytes(readFileSync(source));
    if (known.some((entry) => existsSync(join(dataDir, entry.file)) && wordsOfBytes(readFileSync(join(dataDir, entry.file))) === words)) continue;
    const file = `versions/${document.id}/${document.sha256.slice(0, 12)}.txt`;
    mkdirSync(join(dataDir, 'versions', document.id), { recursive: true });
    copyFileSync(source, join(dataDir, file));
    versions[document.id] = [...known, { sha256: document.sha256, recorded: today, file }];
  }
  return Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b)));
}
