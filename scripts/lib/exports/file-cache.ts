import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Files kept between builds by what they hold: a file whose key (the hash of
 * everything written into it, and of the code writing it) was written by the
 * previous build is copied from here, not written again. Each run keeps only
 * the files it used, so the cache stays the size of one build's files.
 */
export interface FileCache {
  /** Puts the file for `key` at `target`: a copy of the one kept, or what `write` writes there (then kept). */
  place(target: string, key: string, write: () => Promise<void> | void): Promise<void>;
  /** Forgets the files this run did not use; says how many were copied and how many written. */
  close(): { reused: number; written: number };
}

export function openFileCache(dir: string, version: string): FileCache {
  const used = new Set<string>();
  let reused = 0;
  let written = 0;
  return {
    async place(target, key, write) {
      const hash = createHash('sha256').update(version).update('\0').update(key).digest('hex');
      const kept = join(dir, hash.slice(0, 2), `${hash}${extensionOf(target)}`);
      used.add(kept);
      if (existsSync(kept)) {
        copyFileSync(kept, target);
        reused++;
        return;
      }
      await write();
      mkdirSync(join(dir, hash.slice(0, 2)), { recursive: true });
      // Copied aside then renamed: a build killed midway leaves no half file for the next one to publish.
      copyFileSync(target, `${kept}.tmp`);
      renameSync(`${kept}.tmp`, kept);
      written++;
    },
    close() {
      if (existsSync(dir)) {
        for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
          const path = join(entry.parentPath, entry.name);
          if (entry.isFile() && !used.has(path)) rmSync(path);
        }
      }
      return { reused, written };
    },
  };
}

/** A cache that keeps nothing: every file is written. */
export const NO_FILE_CACHE: FileCache = {
  async place(_target, _key, write) {
    await write();
  },
  close: () => ({ reused: 0, written: 0 }),
};

function extensionOf(path: string): string {
  return /\.[a-z]+$/u.exec(path)?.[0] ?? '';
}
