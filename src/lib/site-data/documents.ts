import type { DocumentFacts, Reference } from '../../schema/index.ts';
import { byVietnamese } from '../collate.ts';
import { groupBy } from '../group-by.ts';
import { isFollowed } from '../standing.ts';

/** The documents in the order the site lists them (province, then title), and what finds one. */
export interface DocumentIndex {
  documents: DocumentFacts[];
  documentById: Map<string, DocumentFacts>;
  referenceByNumber: Map<string, Reference>;
  /** Documents that say they implement a number (`43-KH/TU`). */
  implementersByNumber: Map<string, DocumentFacts[]>;
  /** The documents still followed (not replaced, repealed or retired), by id. */
  followed: Set<string>;
  /** Where each document stands in the list. */
  order: Map<string, number>;
}

export function documentIndex(unordered: DocumentFacts[], references: Reference[]): DocumentIndex {
  const documents = [...unordered].sort(byVietnamese((document) => `${document.province} ${document.title}`));
  const implementing = documents.flatMap((document) => document.implements.map((number) => ({ number, document })));
  return {
    documents,
    documentById: new Map(documents.map((document) => [document.id, document])),
    referenceByNumber: new Map(references.map((reference) => [reference.number, reference])),
    implementersByNumber: new Map([...groupBy(implementing, (entry) => entry.number)].map(([number, entries]) => [number, entries.map((entry) => entry.document)])),
    followed: new Set(documents.filter(isFollowed).map((document) => document.id)),
    order: new Map(documents.map((document, index) => [document.id, index])),
  };
}
