import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceData } from '../reference-data.ts';
import { isParsed, type ParsedDocument, type UnreadDocument } from '../model/parsed-document.ts';
import { documentIdOf } from './assign-document-ids.ts';
import { notInside } from '../read/inside-folder.ts';

/**
 * The published documents whose seed is gone (data/versions.json knows
 * every document once published): one that a plan replaces or repeals
 * (`thay thế Kế hoạch số …`), or that a reviewer retired (data/retired.json),
 * is read back from its last archived text, so that every link to it still
 * answers. Any other is left out, and the build's check of published links
 * (scripts/check-published.ts) says which ways out there are.
 */
export function retainDocuments(
  parsed: ParsedDocument[],
  data: ReferenceData,
  parse: (path: string, bytes: Uint8Array) => ParsedDocument | UnreadDocument,
): ParsedDocument[] {
  const present = new Set(parsed.map(documentIdOf));
  const succeeded = new Set(parsed.flatMap((document) => [...document.facts.replaces, ...document.facts.repeals]));
  const retained: ParsedDocument[] = [];
  for (const [id, entries] of Object.entries(data.versions)) {
    const last = entries.at(-1);
    if (present.has(id) || !last) continue;
    const file = join(data.dataDir, last.file);
    const retired = data.retired.some((entry) => entry.document === id);
    // Nothing says it goes: no need to read it (the check of published links stops the build).
    if (!existsSync(file) || notInside(data.dataDir, file) || (!retired && succeeded.size === 0)) continue;
    const document = parse(`data/${last.file}`, readFileSync(file));
    if (isParsed(document) && (retired || (document.facts.number && succeeded.has(document.facts.number)))) retained.push({ ...document, retainedAs: id });
  }
  return retained;
}
