/**
 * npm run bench [-- --docs N]: a benchmark, not a test. Generates N plans from
 * the seeds (default 100; province names and numbers varied), builds them
 * outside the published site, and prints per stage the time and peak memory,
 * then the pages, bytes and largest pages of the site, and what the search
 * page costs in Chromium: bytes before a query, bytes and milliseconds of a
 * first query and of the next ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus, unpublishedDataDir } from './lib/bench-corpus.ts';
import { launchChromium, serveSite } from './lib/browser.ts';
import { measureSearch } from './lib/measure-search.ts';
import { loadReferenceData } from '../src/ingest/reference-data.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const docs = Number(args[args.indexOf('--docs') + 1] ?? 100) || 100;
const work = mkdtempSync(join(tmpdir(), `kb-bench-${docs}-`));
const dirs = { seeds: join(work, 'seeds'), content: join(work, 'content'), dist: join(work, 'dist'), data: join(work, 'data'), cache: join(work, 'cache') };

unpublishedDataDir(join(projectDir, 'data'), dirs.data);
generateCorpus(join(projectDir, 'seeds'), loadReferenceData().provinces.map((province) => province.name), docs, dirs.seeds);
console.log(`[bench] ${docs} documents generated in ${work}`);

/** Peak memory needs GNU time; without it only the time is measured. */
const GNU_TIME = '/usr/bin/time';
const env = { ...process.env, KB_CONTENT_DIR: dirs.content };
const stages: Array<{ name: string; seconds: number; peakMiB: number | null }> = [];

function stage(name: string, script: string, scriptArgs: string[]): string {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const commandArgs = withTime ? ['-f', '[bench-peak] %M', process.execPath, script, ...scriptArgs] : [script, ...scriptArgs];
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { cwd: projectDir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    console.error(`[bench] ${name} failed:\n${`${run.stdout}${run.stderr}`.slice(-3000)}`);
    process.exit(1);
  }
  const peak = /\[bench-peak\] (\d+)/u.exec(run.stderr)?.[1];
  stages.push({ name, seconds, peakMiB: peak ? Math.round(Number(peak) / 1024) : null });
  return run.stdout;
}

const ingestArgs = ['--seeds', dirs.seeds, '--out', dirs.content, '--data', dirs.data, '--cache', dirs.cache];
stage('ingest', 'scripts/ingest.ts', ingestArgs);
stage('astro build', 'node_modules/astro/bin/astro.mjs', ['build', '--outDir', dirs.dist]);
stage('search index', 'scripts/index-search.ts', ['--dist', dirs.dist]);
stage('exports', 'scripts/export-tables.ts', ['--dist', dirs.dist]);
stage('published URLs', 'scripts/check-published.ts', ['--dist', dirs.dist, '--data', dirs.data]);

// A rebuild after one plan changed: the ingest again, with the parse cache of the first run.
const changed = join(dirs.seeds, readdirSync(dirs.seeds).sort()[0]!);
writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()}\n\nNơi nhận:\n- Lưu VT.\n`);
const again = stage('ingest, one plan changed', 'scripts/ingest.ts', ingestArgs);
const reuse = /\[ingest\] cache: (.*)/u.exec(again)?.[1] ?? 'no cache line';
const rebuild = stages.pop()!;

const files = readdirSync(dirs.dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(dirs.dist, path), bytes: statSync(path).size };
  });
const pages = files.filter((file) => file.path.endsWith('.html'));
const total = files.reduce((sum, file) => sum + file.bytes, 0);
const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5);

const search = await searchCost(dirs.dist);

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(`\n[bench] ${docs} documents on ${process.platform}, Node ${process.version}`);
console.log('| stage | time | peak memory |\n| --- | --- | --- |');
for (const { name, seconds, peakMiB } of stages) console.log(`| ${name} | ${seconds.toFixed(1)} s | ${peakMiB === null ? '–' : `${peakMiB} MiB`} |`);
console.log(`| total | ${stages.reduce((sum, entry) => sum + entry.seconds, 0).toFixed(1)} s | ${Math.max(...stages.map((entry) => entry.peakMiB ?? 0))} MiB |`);
console.log(`[bench] ingest again after one plan changed: ${rebuild.seconds.toFixed(1)} s (${reuse})`);
console.log(`[bench] ${pages.length} pages, ${files.length} files, ${mib(total)} in all`);
console.log(`[bench] largest pages: ${largest.map((page) => `${page.path} ${(page.bytes / 1024).toFixed(0)} kB`).join(', ')}`);
console.log(
  `[bench] search: ${(search.pageBytes / 1024).toFixed(0)} kB before a query; first query +${(search.firstBytes / 1024).toFixed(0)} kB, ` +
    `${search.times[0]!.toFixed(0)} ms; next queries ${search.times.slice(1).map((ms) => ms.toFixed(0)).join(', ')} ms (keystroke to results)`,
);

/** The search page's cost at this size, in Chromium on loopback. */
async function searchCost(dist: string) {
  const [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
  try {
    return await measureSearch(browser, site, ['so tai chinh', 'truong noi tru', 'gddt', 'chuyen doi so']);
  } finally {
    await browser.close();
    await site.close();
  }
}
