import type { ReferenceData } from '../reference-data.ts';
import type { ArchivedText } from '../model/source-text.ts';
import { isParsed, type ParsedDocument, type UnreadDocument } from '../model/parsed-document.ts';
import { documentIdOf } from './assign-document-ids.ts';

/** The last archived text of each published document (data/versions.json knows every one) whose seed is gone. */
export function unseededTexts(parsed: ParsedDocument[], archive: ArchivedText[]): ArchivedText[] {
  const present = new Set(parsed.map(documentIdOf));
  const last = new Map(archive.map((text) => [text.document, text]));
  return [...last.values()].filter((text) => !present.has(text.document) && text.bytes !== null);
}

/**
 * Of the published documents whose seed is gone (their last texts read back),
 * those a plan replaces or repeals (`thay thế Kế hoạch số …`), or that a
 * reviewer retired (data/retired.json), are kept, so that every link to them
 * still answers; and so on down the chain: a plan replaced by one that was
 * itself replaced or repealed is kept too. Any other is left out, and the
 * build's check of published links (scripts/check-published.ts) says which
 * ways out there are.
 */
export function retainDocuments(
  parsed: ParsedDocument[],
  unseeded: Array<{ id: string; document: ParsedDocument | UnreadDocument }>,
  data: ReferenceData,
): ParsedDocument[] {
  const succeeded = new Set<string>();
  const succeed = (document: ParsedDocument) => [...document.facts.replaces, ...document.facts.repeals].forEach((number) => succeeded.add(number));
  parsed.forEach(succeed);
  const kept = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { id, document } of unseeded) {
      if (kept.has(id) || !isParsed(document)) continue;
      const retired = data.retired.some((entry) => entry.document === id);
      if (!retired && !(document.facts.number && succeeded.has(document.facts.number))) continue;
      kept.add(id);
      succeed(document);
      grew = true;
    }
  }
  return unseeded.flatMap(({ id, document }) => (kept.has(id) && isParsed(document) ? [{ ...document, retainedAs: id }] : []));
}
