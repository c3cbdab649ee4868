import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { MessageLog } from './messages.ts';
import type { ParsedDocument } from './model/parsed-document.ts';
import type { Recall } from './model/recall.ts';

/**
 * What parsing one file produced, kept between runs so that a rebuild after
 * one plan changed parses that plan only. An entry is found by the file's
 * path and bytes and by the version of everything parsing reads: the ingest
 * code, the schema, the reviewed data and the locked dependencies. A change
 * to any of them misses every entry; nothing stale is ever reused.
 *
 * Entries are V8-serialised object graphs (the outline, the drafts that point
 * into it and the role map keyed by its nodes keep their shared references).
 * The same cache keeps what later steps make from a document (its rendered
 * pages), by the whole of what they read and the same version (`recall`).
 */
export interface ParseCache {
  get(path: string, bytes: Uint8Array): ParsedDocument | undefined;
  set(path: string, bytes: Uint8Array, parsed: ParsedDocument): void;
  /**
   * What `make` returned for the same `input` (a text naming everything it reads) under the same version, else
   * what it returns now, kept for the next run. The value must survive V8 serialisation as it is.
   */
  recall: Recall;
  /** Drop the entries this run did not use; say how many were reused and parsed. */
  close(): { reused: number; parsed: number };
}

const SUFFIX = '.v8';

export function openParseCache(dir: string, version: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let reused = 0;
  let parsed = 0;
  const keyOf = (path: string, bytes: Uint8Array) => createHash('sha256').update(version).update('\0').update(path).update('\0').update(bytes).digest('hex');
  return {
    get(path, bytes) {
      const key = keyOf(path, bytes);
      const file = join(dir, key + SUFFIX);
      if (!existsSync(file)) return undefined;
      let document: ParsedDocument;
      try {
        document = deserialize(readFileSync(file)) as ParsedDocument;
      } catch {
        return undefined; // A torn or foreign file: parse again and overwrite it.
      }
      Object.setPrototypeOf(document.log, MessageLog.prototype);
      used.add(key);
      reused++;
      return document;
    },
    set(path, bytes, document) {
      const key = keyOf(path, bytes);
      const file = join(dir, key + SUFFIX);
      // Written aside then renamed: a run killed midway leaves no half entry.
      writeFileSync(`${file}.tmp`, serialize(document));
      renameSync(`${file}.tmp`, file);
      used.add(key);
      parsed++;
    },
    recall(input, make) {
      const key = createHash('sha256').update(version).update('\0recall\0').update(input()).digest('hex');
      const file = join(dir, key + SUFFIX);
      used.add(key);
      if (existsSync(file)) {
        try {
          return deserialize(readFileSync(file));
        } catch {
          // A torn or foreign file: made again below and overwritten.
        }
      }
      const value = make();
      writeFileSync(`${file}.tmp`, serialize(value));
      renameSync(`${file}.tmp`, file);
      return value;
    },
    close() {
      for (const name of readdirSync(dir)) if (!used.has(name.slice(0, -SUFFIX.length))) rmSync(join(dir, name), { force: true });
      return { reused, parsed };
    },
  };
}

/**
 * The version of what parsing reads: every file under `paths` (folders or
 * files) that `include` accepts, by path relative to `root` and content.
 */
export function parserVersion(root: string, paths: string[], include: (path: string) => boolean = () => true): string {
  const files = paths
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path, { withFileTypes: true, recursive: true })
            .filter((entry) => entry.isFile())
            .map((entry) => join(entry.parentPath, entry.name))
        : [path],
    )
    .filter((file) => include(relative(root, file)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
