import { existsSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schema/index.ts';

// The ingest writes content/ from seeds/ (npm run ingest), each collection
// where the registry says and validated against the same schema.
// KB_CONTENT_DIR points a test build elsewhere.
const content = process.env.KB_CONTENT_DIR ?? './content';

const loaderOf = (name: CollectionName) => {
  const path = `${content}/${COLLECTIONS[name].file}`;
  if (path.endsWith('.json')) return file(path);
  // A folder of pages that is empty (no document has an archived version yet) is a collection of none, not a warning;
  // what an earlier build stored of it goes (Astro's data store outlives a build).
  const empty = !existsSync(path) || !readdirSync(path).some((name) => name.endsWith('.mdx'));
  return empty ? { name: 'none', load: async ({ store }: { store: { clear(): void } }) => store.clear() } : glob({ pattern: '*.mdx', base: path, retainBody: false });
};

// Astro reads each collection's type from this object, so it is spelled out.
export const collections = {
  documents: defineCollection({ loader: loaderOf('documents'), schema: COLLECTIONS.documents.schema }),
  versions: defineCollection({ loader: loaderOf('versions'), schema: COLLECTIONS.versions.schema }),
  parts: defineCollection({ loader: loaderOf('parts'), schema: COLLECTIONS.parts.schema }),
  tasks: defineCollection({ loader: loaderOf('tasks'), schema: COLLECTIONS.tasks.schema }),
  targets: defineCollection({ loader: loaderOf('targets'), schema: COLLECTIONS.targets.schema }),
  responsibilities: defineCollection({ loader: loaderOf('responsibilities'), schema: COLLECTIONS.responsibilities.schema }),
  agencies: defineCollection({ loader: loaderOf('agencies'), schema: COLLECTIONS.agencies.schema }),
  references: defineCollection({ loader: loaderOf('references'), schema: COLLECTIONS.references.schema }),
  passages: defineCollection({ loader: loaderOf('passages'), schema: COLLECTIONS.passages.schema }),
} satisfies Record<CollectionName, unknown>;
