/**
 * npm run build: ingest (seeds/ → content/), astro build (→ dist/), then the
 * search index. Prints the time of each stage; stops at the first failure.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const timings: Array<[string, number]> = [];

function step(name: string, command: string, args: string[]): void {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: projectDir, stdio: 'inherit', env: process.env });
  timings.push([name, performance.now() - start]);
  if (result.status !== 0) {
    console.error(`[build] ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

step('ingest', process.execPath, ['scripts/ingest.ts']);
step('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
step('search index', process.execPath, ['scripts/index-search.ts']);
console.log(`[build] ${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(' · ')}`);
