import type { DocumentFacts } from '../schema/index.ts';

/**
 * Whether a document is still followed: not replaced, repealed or retired.
 * Its tasks are in agencies' to-do lists and comparisons only while it is;
 * its pages answer either way.
 */
export function isFollowed(document: Pick<DocumentFacts, 'standing'>): boolean {
  const state = document.standing.state;
  return state !== 'replaced' && state !== 'repealed' && state !== 'retired';
}
