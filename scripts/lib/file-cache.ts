import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Files kept between builds by what they hold: a file whose key (the hash of
 * everything written into it, and of the code writing it) was written by the
 * previous build is copied from here, not written again; a text (a search
 * record's HTML) is read from here, not made again. Each run keeps only what
 * it used, so the cache stays the size of one build's files.
 */
export interface FileCache {
  /** Puts the file for `key` at `target`: a copy of the one kept, or what `write` writes there (then kept). */
  place(target: string, key: string, write: () => Promise<void> | void): Promise<void>;
  /** The text for `key`: the one kept, or what `make` returns (then kept). */
  text(key: string, make: () => string): string;
  /** Forgets what this run did not use; says how many were reused and how many written. */
  close(): { reused: number; written: number };
}

export function openFileCache(dir: string, version: string): FileCache {
  const used = new Set<string>();
  let reused = 0;
  let written = 0;
  const keptPath = (key: string, extension: string) => {
    const hash = createHash('sha256').update(version).update('\0').update(key).digest('hex');
    const path = join(dir, hash.slice(0, 2), `${hash}${extension}`);
    used.add(path);
    return path;
  };
  const keep = (path: string, save: (aside: string) => void) => {
    mkdirSync(join(path, '..'), { recursive: true });
    // Written aside then renamed: a run killed midway leaves no half file.
    save(`${path}.tmp`);
    renameSync(`${path}.tmp`, path);
    written++;
  };
  return {
    async place(target, key, write) {
      const kept = keptPath(key, extensionOf(target));
      if (existsSync(kept)) {
        copyFileSync(kept, target);
        reused++;
        return;
      }
      await write();
      keep(kept, (aside) => copyFileSync(target, aside));
    },
    text(key, make) {
      const kept = keptPath(key, '.txt');
      if (existsSync(kept)) {
        reused++;
        return readFileSync(kept, 'utf8');
      }
      const text = make();
      keep(kept, (aside) => writeFileSync(aside, text));
      return text;
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

/** A cache that keeps nothing: every file is written, every text made. */
export const NO_FILE_CACHE: FileCache = {
  async place(_target, _key, write) {
    await write();
  },
  text: (_key, make) => make(),
  close: () => ({ reused: 0, written: 0 }),
};

function extensionOf(path: string): string {
  return /\.[a-z]+$/u.exec(path)?.[0] ?? '';
}
