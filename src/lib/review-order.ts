import type { DocumentFacts } from '../schema/index.ts';
import { correctionCounts, latestReview } from './review.ts';

/**
 * The documents in the order an editor looks at them: those whose
 * corrections no longer fit their words first, then those no person has
 * reviewed, the reader's most doubtful (most warnings) first, then the rest.
 */
export function reviewOrder(documents: DocumentFacts[]): DocumentFacts[] {
  const weight = (document: DocumentFacts) => [
    -correctionCounts(document.review).stale,
    latestReview(document.review) ? 1 : 0,
    -document.review.warnings.length,
  ];
  return [...documents].sort((a, b) => {
    const [x, y] = [weight(a), weight(b)];
    const index = x.findIndex((value, at) => value !== y[at]);
    return index === -1 ? 0 : x[index]! - y[index]!;
  });
}
