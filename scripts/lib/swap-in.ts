import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pagesRecordOf, removeSite } from './recycle-site.ts';

/**
 * Put a finished build in place of the published one. Until the last step the
 * published folder is whole and untouched; the swap is two renames on one
 * file system, so a server sees the old site or the new one, never half of each.
 * The site it replaces stays, as `<published>.previous`, for the next build to
 * start from (recycleSite); the one it replaced before is removed. Each site's
 * record of how its pages were made moves with it.
 */
export function swapIn(staging: string, published: string): void {
  const previous = `${published}.previous`;
  removeSite(previous);
  if (existsSync(published)) renameSync(published, previous);
  moveRecord(published, previous);
  renameSync(staging, published);
  moveRecord(staging, published);
}

/** A record follows its folder; a folder without one leaves none at its new name. */
function moveRecord(from: string, to: string): void {
  rmSync(pagesRecordOf(to), { force: true });
  if (existsSync(pagesRecordOf(from))) renameSync(pagesRecordOf(from), pagesRecordOf(to));
}

/** Moves every file of `from` to the same place under `into` (a file already there is a conflict, and an error), then removes `from`. */
export function moveFilesInto(from: string, into: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(into, relative(from, source));
    if (existsSync(target)) throw new Error(`${target}: written by two stages of the build`);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}
