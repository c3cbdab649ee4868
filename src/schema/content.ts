import type { z } from './zod.ts';
import { type DocumentFacts } from './document.ts';
import type { VersionPage } from './version.ts';
import { TaskSchema } from './task.ts';
import { TargetSchema } from './target.ts';
import { ResponsibilitySchema } from './responsibility.ts';
import { AgencySchema } from './agency.ts';
import { ReferenceSchema } from './reference.ts';
import { PassageSchema } from './passage.ts';

/** The JSON collections under content/ (`<name>.json`), each with its one schema. */
export const RECORD_COLLECTIONS = {
  tasks: TaskSchema,
  targets: TargetSchema,
  responsibilities: ResponsibilitySchema,
  agencies: AgencySchema,
  references: ReferenceSchema,
  passages: PassageSchema,
} as const;

export type RecordCollection = keyof typeof RECORD_COLLECTIONS;

/** Source lines of a document and how many of them its page shows. */
export interface Coverage {
  lines: number;
  covered: number;
}

/** A document page as the ingest writes it: front-matter facts and MDX body. */
export interface DocumentEntry {
  facts: DocumentFacts;
  mdx: string;
  coverage: Coverage;
  /** Seed path, as messages name it. */
  path: string;
}

/** An earlier published text of a document: its page front-matter and MDX body. */
export interface VersionEntryPage {
  page: VersionPage;
  mdx: string;
}

/** Everything the ingest writes under content/. */
export type Content = { documents: DocumentEntry[]; versions: VersionEntryPage[] } & {
  [name in RecordCollection]: Array<z.infer<(typeof RECORD_COLLECTIONS)[name]>>;
};
