import { existsSync, renameSync, rmSync } from 'node:fs';

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
