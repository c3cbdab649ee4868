import type { z } from '../../schema/zod.ts';
import { COLLECTIONS, RECORD_COLLECTIONS, type Content } from '../../schema/index.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import type { MessageLog } from '../messages.ts';
import { FIXED_IDS, type OutlineNode } from '../model/outline.ts';

/** Where a message about a record belongs: the log of the seed it came from, and a line of it. */
interface Place {
  log: MessageLog;
  line: number;
}

/**
 * Check every record against the one schema the site also uses. A failure is
 * a fatal message at the record's source line (the zod issue path names the
 * field), so a parser bug is caught here and never reaches the site. A record
 * of no one document (an agency, a cited document) is placed where it is first
 * named.
 */
export function validateRecords(content: Content, parsed: ParsedDocument[]): void {
  const placeOf = placeFinder(content, parsed);
  for (const { facts } of content.documents) check(COLLECTIONS.documents.schema, facts, () => placeOf([facts.id, 1]), `document ${facts.id}`);
  for (const name of RECORD_COLLECTIONS) {
    for (const record of content[name] as Array<Record<string, unknown>>) {
      const what = `${name} record ${String(record.id ?? record.number)}`;
      // Where a record is named is looked for only when it fails: looking for every record was quadratic in the plans.
      check(COLLECTIONS[name].schema, record, () => placeOf(whereNamed(name, record, content, parsed)), what);
    }
  }
}

/** The document and line a record comes from, or where it is first named: an agency by a task or responsibility, a cited document by a passage. */
function whereNamed(name: string, record: Record<string, unknown>, content: Content, parsed: ParsedDocument[]): [string | null, number] {
  if (typeof record.document === 'string') return [record.document, (record.source as { line: number } | undefined)?.line ?? 1];
  if (name === 'agencies') {
    // By its id, or by a name it is written as, should the id be what is wrong.
    const names = new Set([record.name, ...((record.aliases as string[] | undefined) ?? [])]);
    const naming = [...content.tasks, ...content.responsibilities].find((other) => {
      const [ids, written] = 'agencyIds' in other ? [other.agencyIds, other.agencies] : [[...other.leadIds, ...other.supportIds], [...other.lead, ...other.support]];
      return ids.includes(record.id as string) || written.some((writtenName) => names.has(writtenName));
    });
    return naming ? [naming.document, naming.source.line] : [null, 1];
  }
  const citation = (record.citations as Array<{ document: string; block: string }> | undefined)?.[0];
  if (!citation) return [null, 1];
  const document = parsed[content.documents.findIndex((entry) => entry.facts.id === citation.document)];
  if (!document) return [citation.document, 1];
  if (citation.block === FIXED_IDS.title) return [citation.document, document.regions.titleBlocks[0]?.start ?? 1];
  const roots = [document.issuing, document.root].filter((root) => root !== null);
  return [citation.document, roots.map((root) => findNode(root, citation.block)).find(Boolean)?.start ?? 1];
}

function findNode(node: OutlineNode, id: string): OutlineNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The log of a document's seed and a line of it; the first seed's first line for a record no seed names. */
function placeFinder(content: Content, parsed: ParsedDocument[]) {
  const indexOf = new Map<string, number>();
  content.documents.forEach((entry, index) => indexOf.set(entry.facts.id, indexOf.get(entry.facts.id) ?? index));
  return ([document, line]: [string | null, number]): Place | undefined => {
    const index = document === null ? -1 : (indexOf.get(document) ?? -1);
    const log = (parsed[index] ?? parsed[0])?.log;
    return log && { log, line: index === -1 ? 1 : line };
  };
}

function check(schema: z.ZodType, record: unknown, placeOf: () => Place | undefined, what: string): void {
  const result = schema.safeParse(record);
  if (result.success) return;
  const place = placeOf();
  if (!place) return;
  for (const issue of result.error.issues) {
    place.log.fatal(
      `Unexpected ${what}: \`${issue.path.join('.') || '(record)'}\` ${issue.message.toLowerCase()}, expected a record the schema accepts`,
      place.line,
      'validate:schema',
    );
  }
}
