import type { z } from '../../schema/zod.ts';
import { DocumentSchema, RECORD_COLLECTIONS, type Content, type RecordCollection } from '../../schema/index.ts';
import type { ParsedDocument } from './parse-document.ts';
import type { MessageLog } from '../messages.ts';

/**
 * Check every record against the one schema the site also uses. A failure is
 * a fatal message at the record's source line (the zod issue path names the
 * field), so a parser bug is caught here and never reaches the site.
 */
export function validateRecords(content: Content, parsed: ParsedDocument[]): void {
  const logOf = (document: string | null): MessageLog | undefined => {
    const index = content.documents.findIndex((entry) => entry.facts.id === document);
    return (parsed[index] ?? parsed[0])?.log;
  };
  for (const { facts } of content.documents) check(DocumentSchema, facts, logOf(facts.id), 1, `document ${facts.id}`);
  for (const name of Object.keys(RECORD_COLLECTIONS) as RecordCollection[]) {
    for (const record of content[name] as Array<Record<string, unknown>>) {
      const document = (record.document ?? (record.citedBy as string[] | undefined)?.[0] ?? null) as string | null;
      const line = (record.source as { line: number } | undefined)?.line ?? 1;
      check(RECORD_COLLECTIONS[name], record, logOf(document), line, `${name} record ${String(record.id ?? record.number)}`);
    }
  }
}

function check(schema: z.ZodType, record: unknown, log: MessageLog | undefined, line: number, what: string): void {
  const result = schema.safeParse(record);
  if (result.success || !log) return;
  for (const issue of result.error.issues) {
    log.fatal(
      `Unexpected ${what}: \`${issue.path.join('.') || '(record)'}\` ${issue.message.toLowerCase()}, expected a record the schema accepts`,
      line,
      'validate:schema',
    );
  }
}
