/**
 * What `make` returns, or what it returned in an earlier run for the same input: the parse cache keeps what a
 * step makes from one document alone (`ParseCache.recall`). `input` names everything `make` reads, and is asked
 * only when the value is kept.
 */
export type Recall = <T>(input: () => string, make: () => T) => T;

/** Without a cache: every value is made, its input never written out. */
export const makeEveryTime: Recall = (_input, make) => make();
