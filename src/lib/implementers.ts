import type { DocumentFacts, Reference } from '../schema/index.ts';

/** A plan that implements a number: directly, or through the plans it implements (`via`, nearest first). */
export interface Implementer {
  document: DocumentFacts;
  via: string[];
}

/**
 * Every published document that implements `number`, directly or through
 * the documents it implements (a province's plan implementing its party
 * committee's plan implementing the resolution), nearest first. What a
 * cited document implements is known from how it is cited.
 */
export function implementersOf(number: string, documents: DocumentFacts[], references: Reference[]): Implementer[] {
  const implementsOf = new Map<string, string[]>();
  for (const reference of references) implementsOf.set(reference.number, reference.implements);
  for (const document of documents) if (document.number) implementsOf.set(document.number, [...new Set([...(implementsOf.get(document.number) ?? []), ...document.implements])]);
  /** The chain from `from` up to `number`, or null; each number visited once. */
  const chain = (from: string, seen: Set<string>): string[] | null => {
    if (from === number) return [];
    if (seen.has(from)) return null;
    seen.add(from);
    for (const next of implementsOf.get(from) ?? []) {
      const rest = chain(next, seen);
      if (rest) return [from, ...rest];
    }
    return null;
  };
  return documents
    .filter((document) => document.number !== number)
    .flatMap((document) => {
      const paths = document.implements.map((first) => chain(first, new Set())).filter((path): path is string[] => path !== null);
      const shortest = paths.sort((a, b) => a.length - b.length)[0];
      return shortest ? [{ document, via: shortest }] : [];
    })
    .sort((a, b) => a.via.length - b.via.length);
}
