import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileCache } from '../../scripts/lib/exports/file-cache.ts';

const keptFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

describe('the export files kept between builds', () => {
  it('copies a file whose key it kept, writes one whose key changed, and forgets what a run did not use', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-file-cache-'));
    const dir = join(work, 'kept');
    let writes = 0;
    const place = (cache: ReturnType<typeof openFileCache>, name: string, key: string) =>
      cache.place(join(work, name), key, () => {
        writes++;
        writeFileSync(join(work, name), `${name}: ${key}`);
      });

    const first = openFileCache(dir, 'v1');
    await place(first, 'a.xlsx', 'rows of a');
    await place(first, 'b.xlsx', 'rows of b');
    expect(first.close()).toEqual({ reused: 0, written: 2 });

    writeFileSync(join(work, 'a.xlsx'), 'overwritten by the next build');
    const second = openFileCache(dir, 'v1');
    await place(second, 'a.xlsx', 'rows of a');
    await place(second, 'c.xlsx', 'rows of c');
    expect(second.close()).toEqual({ reused: 1, written: 1 });
    expect(writes).toBe(3);
    expect(readFileSync(join(work, 'a.xlsx'), 'utf8')).toBe('a.xlsx: rows of a');
    // b was not placed by the second run: only a and c are kept.
    expect(keptFiles(dir)).toBe(2);

    const newCode = openFileCache(dir, 'v2');
    await place(newCode, 'a.xlsx', 'rows of a');
    expect(newCode.close()).toEqual({ reused: 0, written: 1 });
    expect(keptFiles(dir)).toBe(1);
  });
});
