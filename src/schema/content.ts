import type { DocumentFacts } from './document.ts';
import type { PartPage, VersionPage } from './version.ts';
import type { RecordCollection, RecordOf } from './collections.ts';

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

/** A page of a document too long for one: its front-matter and MDX body. */
export interface PartEntryPage {
  page: PartPage;
  mdx: string;
}

/** Everything the ingest writes under content/. */
export type Content = { documents: DocumentEntry[]; versions: VersionEntryPage[]; parts: PartEntryPage[] } & {
  [name in RecordCollection]: Array<RecordOf<name>>;
};
