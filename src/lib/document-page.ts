import type { DocumentFacts, Responsibility, Target, Task } from '../schema/index.ts';

/** What the components of a document page look up by anchor id. */
export interface DocumentPageContext {
  document: DocumentFacts;
  tasks: Map<string, Task>;
  targets: Map<string, Target>;
  responsibilities: Map<string, Responsibility>;
}
