import type { LockedItem } from '../../schema/index.ts';

/** A target as the extraction found it: the item it stands in and its words. */
interface FoundTarget {
  block: string;
  phrase: string;
}

/** A target anchor once published that this text no longer has. */
export interface RemovedTarget extends LockedItem {
  section: string;
}

/** A target's id, its block's and its number (`iii-2-ct3`): our own format, not the text's, so private to `reconcileTargetIds`. */
const TARGET_SUFFIX = /^(?<block>.+)-ct(?<number>\d+)$/u;

/**
 * Target anchors (`ii-1-y2-ct3`) bound to their words like item ids: a target
 * keeps the anchor published for the same words in the same item; a new one
 * takes a number no anchor of that item ever had; a published one whose words
 * are gone keeps its anchor as a tombstone in its item.
 */
export function reconcileTargetIds(targets: FoundTarget[], locked: LockedItem[]): { ids: string[]; removed: RemovedTarget[] } {
  const lockedByBlock = new Map<string, LockedItem[]>();
  const highest = new Map<string, number>();
  for (const item of locked) {
    const parts = TARGET_SUFFIX.exec(item.id)?.groups;
    if (!parts) continue;
    lockedByBlock.set(parts.block!, [...(lockedByBlock.get(parts.block!) ?? []), item]);
    highest.set(parts.block!, Math.max(highest.get(parts.block!) ?? 0, Number(parts.number)));
  }
  const taken = new Set<string>();
  const positions = new Map<string, number>();
  const ids = targets.map(({ block, phrase }) => {
    const position = (positions.get(block) ?? 0) + 1;
    positions.set(block, position);
    const same = (lockedByBlock.get(block) ?? []).find((item) => item.text === phrase && !taken.has(item.id));
    if (same) {
      taken.add(same.id);
      return same.id;
    }
    const published = lockedByBlock.has(block);
    const positional = `${block}-ct${position}`;
    if (!published || (!locked.some((item) => item.id === positional) && !taken.has(positional))) {
      taken.add(positional);
      return positional;
    }
    const next = (highest.get(block) ?? 0) + 1;
    highest.set(block, next);
    taken.add(`${block}-ct${next}`);
    return `${block}-ct${next}`;
  });
  const removed = [...lockedByBlock.entries()].flatMap(([block, items]) =>
    items.filter((item) => !taken.has(item.id)).map((item) => ({ ...item, section: block })),
  );
  return { ids, removed };
}
