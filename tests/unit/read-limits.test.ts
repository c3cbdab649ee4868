import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manyPagesPdf, zipBomb } from '../../scripts/lib/hostile-files.ts';

const probe = fileURLToPath(new URL('../../scripts/lib/read-probe.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kb-limits-'));

/** Reads a file in a process of its own: whether it was read, how long it took, its peak memory, its messages. */
function read(path: string): { read: boolean; ms: number; maxRssMb: number; messages: string[] } {
  const run = spawnSync(process.execPath, [probe, path], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(run.stdout) as { read: boolean; ms: number; maxRssMb: number; messages: string[] };
}

// Issue 34.3: reading is bounded. (A 3 MB Word file inflating to 3 GiB, measured by hand: refused in 0.5 s, 244 MB.)
describe('office files past what a plan costs to read', () => {
  it('refuses a zip bomb within 300 MB, saying why (read:limit)', () => {
    const result = read(zipBomb(work, 512));
    expect(result.read).toBe(false);
    expect(result.messages).toEqual([expect.stringMatching(/^read:limit Unexpected file too large: a Word file of 0\.\d MB whose text inflates past \d+\.\d MB/u)]);
    expect(result.maxRssMb).toBeLessThan(300);
    // Making the bomb and starting a process take a few seconds on a loaded machine; the time to refuse is in npm run bench.
  }, 60_000);

  it('refuses a PDF of 10,000 pages within 300 MB, before reading a page', () => {
    const result = read(manyPagesPdf(work, 10_000));
    expect(result.read).toBe(false);
    expect(result.messages).toEqual([expect.stringMatching(/^read:limit Unexpected file too large: a PDF of 10000 pages, more than 1500/u)]);
    expect(result.maxRssMb).toBeLessThan(300);
  }, 60_000);
});
