import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Put a finished build in place of the published one. Until the last step the
 * published folder is whole and untouched; the swap is two renames on one
 * file system, so a server sees the old site or the new one, never half of each.
 */
export function swapIn(staging: string, published: string): void {
  const previous = `${published}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(published)) renameSync(published, previous);
  renameSync(staging, published);
  rmSync(previous, { recursive: true, force: true });
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
