import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largePlan } from '../helpers/large-plan.ts';
import { runIngestCli } from '../helpers/run-ingest-cli.ts';

describe('a 5 MB document', () => {
  it('is ingested whole, in bounded time and memory', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-large-'));
    mkdirSync(join(work, 'seeds'));
    const text = largePlan(5 * 1024 * 1024);
    writeFileSync(join(work, 'seeds/lon.txt'), text);
    const started = performance.now();
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'));
    const seconds = (performance.now() - started) / 1000;
    const memory = Number(/peak memory (\d+) MB/u.exec(run.output)?.[1]);
    console.log(`[large] ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB ingested in ${seconds.toFixed(1)} s, peak memory ${memory} MB`);
    expect(run.status, run.output.slice(-2000)).toBe(0);
    expect(run.output).toMatch(/coverage (\d+)\/\1 lines \(100\.0%\)/u);
    expect(run.output).toMatch(/tasks ([1-9]\d{3,}) \(with lead \1,/u);
    expect(memory).toBeLessThan(2048);
    // Time limit: a 5 MB plan ingested, about 30 s idle; how fast is the benchmark's to say (npm run bench), not this test's.
  }, 180_000);
});
