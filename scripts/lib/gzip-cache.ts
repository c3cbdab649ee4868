import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipBytes = promisify(gzip);

/**
 * Files gzipped once and kept in memory, by path and version (its ETag), the
 * least recently sent dropped past `limit` bytes: a page or an open-data file
 * asked for by many readers at once is compressed once, not per request (at
 * 1,000 plans `api/documents.json` is 6 MB, and compressing it per request held
 * the server to 370 requests a second). Requests that come while a file is
 * being compressed wait for that one compression.
 */
export class GzipCache {
  private readonly entries = new Map<string, { gzipped: Promise<Buffer>; bytes: number }>();
  private readonly limit: number;
  private held = 0;

  constructor(limit = 64 * 1024 * 1024) {
    this.limit = limit;
  }

  get(path: string, version: string): Promise<Buffer> {
    const key = `${path}\n${version}`;
    const found = this.entries.get(key);
    if (found) {
      // Most recently sent last: the map's order is the order of eviction.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.gzipped;
    }
    const entry = { gzipped: readFile(path).then((bytes) => gzipBytes(bytes)), bytes: 0 };
    this.entries.set(key, entry);
    entry.gzipped.then(
      (gzipped) => {
        entry.bytes = gzipped.length;
        this.held += gzipped.length;
        this.evict();
      },
      () => this.entries.delete(key),
    );
    return entry.gzipped;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.held <= this.limit) return;
      this.entries.delete(key);
      this.held -= entry.bytes;
    }
  }
}
