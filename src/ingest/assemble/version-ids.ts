import type { LockedItem } from '../../schema/index.ts';
import type { ParsedVersion } from '../model/parsed-document.ts';
import { reconcileIds } from './reconcile-ids.ts';

/** An earlier text's items take the ids the lock (data/id-lock.json) bound to their words: an item has one id in every version. */
export function bindVersionIds(versions: ParsedVersion[], locked: LockedItem[]): void {
  for (const { parsed, current } of versions) {
    if (!current) reconcileIds([parsed.issuing, parsed.root].filter((root) => root !== null), locked, [], parsed.log);
  }
}
