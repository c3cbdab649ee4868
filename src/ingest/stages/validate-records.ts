import type { z } from '../../schema/zod.ts';
import {
  AgencySchema,
  DocumentSchema,
  PassageSchema,
  ReferenceSchema,
  ResponsibilitySchema,
  TargetSchema,
  TaskSchema,
} from '../../schema/index.ts';
import type { Content } from './assemble-content.ts';
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
  for (const task of content.tasks) check(TaskSchema, task, logOf(task.document), task.source.line, `task ${task.id}`);
  for (const target of content.targets) check(TargetSchema, target, logOf(target.document), target.source.line, `target ${target.id}`);
  for (const record of content.responsibilities) {
    check(ResponsibilitySchema, record, logOf(record.document), record.source.line, `responsibility ${record.id}`);
  }
  for (const passage of content.passages) check(PassageSchema, passage, logOf(passage.document), 1, `passage ${passage.id}`);
  for (const agency of content.agencies) check(AgencySchema, agency, logOf(null), 1, `agency ${agency.id}`);
  for (const reference of content.references) {
    check(ReferenceSchema, reference, logOf(reference.citedBy[0] ?? null), 1, `cited document ${reference.number}`);
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
