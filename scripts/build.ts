/**
 * npm run build: ingest (seeds/ → content/, and the open data the site will
 * publish), then the astro build beside the link-preview images followed by
 * the search index and the CSV/Excel/calendar exports (those two side by side,
 * from the ingest's open data, which the site then publishes as dist/api/), each
 * document's original file beside its page, then the published-URL check, all
 * into dist.staging/, which replaces dist/ only when every stage passed: a
 * failed or killed build leaves dist/ as it was. Prints the time of each stage
 * and stops at the first failure.
 *
 *   --seeds DIR --content DIR --out DIR   build another set of seeds elsewhere (tests use this)
 *   --data DIR                            another reviewed data folder (its published URLs and id lock)
 *   --strict                              fail when any document fails, instead of publishing the others
 *   --exit-2-if-left-out                  publish the others, then exit 2 (not 0) when some document was left out
 *   --clean                               parse every file, render every page and write every workbook again (by
 *                                         default a page or workbook whose records and code did not change is copied
 *                                         from the previous build)
 *
 * Exit status: 0 published every document; 1 failed, dist/ untouched; 2 (with
 * --exit-2-if-left-out) published without the documents the ingest left out,
 * which it names. A scheduled build watches for 1 and 2, or runs --strict.
 *   SITE_URL=https://host/kb/             the site's full address (its path is the base)
 *   SITE_BASE=/kb/                        build for a sub-path (must agree with SITE_URL's path)
 *
 * One build at a time in a checkout: a second one waits for the first, up to
 * KB_BUILD_WAIT_S seconds (600 by default; 0 stops at once).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { pathOption, siteAddressOrExit } from './lib/cli-options.ts';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { swapIn } from './lib/swap-in.ts';
import { astroPagesManifest, recordPagesOf, recycleSite, removeSite } from './lib/recycle-site.ts';
import { astroStage, gatherSite, reusedPages, openDataStages, previewsStage, type BuildFolders } from './lib/build-stages.ts';
import { copyOriginals, OriginalFileError } from './lib/copy-originals.ts';
import { withHeapLimit } from './lib/heap-limit.ts';
import { acquireBuildLock, BuildLockError } from './lib/build-lock.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const seeds = pathOption('--seeds', resolve(projectDir, 'seeds'));
const content = pathOption('--content', resolve(projectDir, 'content'));
const out = pathOption('--out', resolve(projectDir, 'dist'));
const data = pathOption('--data', resolve(projectDir, 'data'));
const address = siteAddressOrExit('build');
// Every stage reads the same base, whether it came from SITE_BASE or from SITE_URL.
const env = withHeapLimit({ ...process.env, KB_CONTENT_DIR: content, SITE_BASE: address.base, ...(address.url ? { SITE_URL: address.url } : {}) });
const strict = process.argv.includes('--strict');
const clean = process.argv.includes('--clean');
const timings: Array<[string, number]> = [];

/** The ingest's status when it wrote content/ without some documents, which it names. */
const INGEST_LEFT_OUT = 2;
let leftOut = false;

function step(name: string, script: string, scriptArgs: string[]): void {
  const start = performance.now();
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: projectDir, stdio: 'inherit', env });
  timings.push([name, performance.now() - start]);
  if (name === 'ingest' && result.status === INGEST_LEFT_OUT && !strict) leftOut = true;
  else if (result.status !== 0) fail(name, result.status, result.signal);
}

/** Stages whose own output is a line per page built: in full only when they fail, else their warnings and a count. */
const QUIET = new Set(['astro build']);

function summaryOf(name: string, output: string): string {
  const lines = output.replace(/\x1b\[[0-9;]*m/gu, '').split('\n');
  const warnings = lines.filter((line) => /\[(?:WARN|ERROR)\]|\bwarning\b/iu.test(line));
  const pages = /(\d+) page\(s\) built/u.exec(output.replace(/\x1b\[[0-9;]*m/gu, ''))?.[1];
  const reused = reusedPages(output);
  const from = `${reused.inPlace} left in place from the site before last, ${reused.copied} copied from Astro's cache`;
  return [...warnings, `[${name.split(' ')[0]}] ${pages ?? '?'} pages built, ${reused.inPlace + reused.copied} of them from the previous build (${from})`].join('\n') + '\n';
}

type Outcome = [name: string, status: number | null, signal: NodeJS.Signals | null];

/** One stage in a process of its own, timed; its outcome, for the caller to fail on once the stages beside it ended. */
function stepAside([name, script, scriptArgs]: [string, string, string[]]): Promise<Outcome> {
  const start = performance.now();
  const quiet = QUIET.has(name);
  const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: projectDir, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((done) =>
    child.on('close', (status, signal) => {
      timings.push([name, performance.now() - start]);
      if (quiet) (status === 0 ? process.stdout : process.stderr).write(status === 0 ? summaryOf(name, output) : output);
      done([name, status, signal]);
    }),
  );
}

/** Stages one after the other, stopping at the first that fails. */
async function stepsInTurn(steps: Array<() => Promise<Outcome[]>>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const run of steps) {
    outcomes.push(...(await run()));
    if (outcomes.some(([, status]) => status !== 0)) break;
  }
  return outcomes;
}

function failOnAny(outcomes: Outcome[]): void {
  for (const [name, status, signal] of outcomes) if (status !== 0) fail(name, status, signal);
}

function fail(name: string, status: number | null, signal: NodeJS.Signals | null): never {
  console.error(`[build] ${name} failed (exit ${status ?? signal})`);
  process.exit(status ?? 1);
}

try {
  const release = await acquireBuildLock(resolve(projectDir, '.cache', 'build.lock'), {
    waitMs: Number(process.env.KB_BUILD_WAIT_S ?? 600) * 1000,
    say: (line) => console.log(`[build] ${line}`),
  });
  process.on('exit', release);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));
} catch (error) {
  if (!(error instanceof BuildLockError)) throw error;
  console.error(`[build] ${error.message}`);
  process.exit(1);
}
// The ingest also writes the open data the site will publish, which is all the search index and the exports read.
const openData = resolve(content, '..', '.cache', 'open-data');
rmSync(openData, { recursive: true, force: true });
step('ingest', 'scripts/ingest.ts', ['--seeds', seeds, '--out', content, '--data', data, '--open-data', openData, ...(strict ? ['--strict'] : []), ...(clean ? ['--no-cache'] : [])]);
// Everything is built aside; the published site is replaced only when every stage and check passed.
const staging = `${out}.staging`;
const folders: BuildFolders = {
  content,
  staging,
  // What the stages beside Astro write, moved into the site once it is built (Astro owns the folder it builds into).
  extras: `${out}.extras`,
  openData,
  previews: resolve(content, '..', '.cache', 'previews'),
  exportFiles: resolve(content, '..', '.cache', 'exports'),
};
rmSync(folders.extras, { recursive: true, force: true });
if (clean) for (const kept of [folders.previews, folders.exportFiles]) rmSync(kept, { recursive: true, force: true });
// Astro builds into the site before last, its pages that Astro would make the same left in place (clean: into an empty folder).
const recycling = performance.now();
const recycled = clean ? null : recycleSite(`${out}.previous`, staging, astroPagesManifest(content));
if (clean) removeSite(staging);
timings.push(['recycled site', performance.now() - recycling]);
if (recycled) {
  const removed = `${recycled.removedFiles} other files and ${recycled.removedFolders} folders removed`;
  console.log(`[build] the site before last kept ${recycled.kept} pages Astro would make the same (${removed})`);
}
// Astro's build keeps one core busy. On the other the link-preview images are drawn, then the search index and the
// exports are written side by side: after a plan is added, most pages are reused and those two are most of the work.
const [astro, besideAstro] = await Promise.all([
  stepAside(astroStage(folders, clean)),
  stepsInTurn([async () => [await stepAside(previewsStage(folders))], () => Promise.all(openDataStages(folders).map(stepAside))]),
]);
failOnAny([astro, ...besideAstro]);
recordPagesOf(staging, astroPagesManifest(content));
await recycled?.cleared;
gatherSite(folders);
try {
  copyOriginals(staging, projectDir, data);
} catch (error) {
  if (!(error instanceof OriginalFileError)) throw error;
  console.error(`[build] ${error.message}`);
  process.exit(1);
}
step('published URLs', 'scripts/check-published.ts', ['--dist', staging, '--data', data]);
swapIn(staging, out);
console.log(`[build] ${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(' · ')}`);
if (leftOut) {
  console.error('[build] published without the documents the ingest left out (see its errors above)');
  if (process.argv.includes('--exit-2-if-left-out')) process.exitCode = INGEST_LEFT_OUT;
}
