import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  AgencySchema,
  DocumentSchema,
  PassageSchema,
  ReferenceSchema,
  ResponsibilitySchema,
  TargetSchema,
  TaskSchema,
  VersionPageSchema,
} from './schema/index.ts';

// The ingest writes content/ from seeds/ (npm run ingest); these are the same
// schemas it validated against. KB_CONTENT_DIR points a test build elsewhere.
const content = process.env.KB_CONTENT_DIR ?? './content';

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${content}/documents` }), schema: DocumentSchema }),
  versions: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${content}/versions` }), schema: VersionPageSchema }),
  tasks: defineCollection({ loader: file(`${content}/tasks.json`), schema: TaskSchema }),
  targets: defineCollection({ loader: file(`${content}/targets.json`), schema: TargetSchema }),
  responsibilities: defineCollection({ loader: file(`${content}/responsibilities.json`), schema: ResponsibilitySchema }),
  agencies: defineCollection({ loader: file(`${content}/agencies.json`), schema: AgencySchema }),
  references: defineCollection({ loader: file(`${content}/references.json`), schema: ReferenceSchema }),
  passages: defineCollection({ loader: file(`${content}/passages.json`), schema: PassageSchema }),
};
