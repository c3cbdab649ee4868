/**
 * npm run bench [-- --docs N --add M --build-only]: a benchmark, not a test. Generates N plans from
 * the seeds (default 100; province names and numbers varied), builds them
 * outside the published site, and prints per stage the time and peak memory,
 * of that clean build and of the build after M plans are added (1 by default),
 * one amended and one removed, which reuses the pages whose records did not change (measured on the second
 * such day, which starts from the site before last as every day's build does after the first),
 * then the pages, bytes and largest pages of the site, and what the search
 * page costs in Chromium: bytes before a query, bytes and milliseconds of a
 * first query and of the next ones; the ingest of one plan of 10,000 and of
 * 50,000 numbered lines; the whole build of a plan of 50,000 items and the
 * largest HTML page it makes; what refusing a zip bomb and a 10,000-page PDF costs;
 * then `npm run serve` under 200 concurrent
 * connections for 30 s (autocannon): requests per second, 99th percentile
 * latency, errors. `--build-only` stops after the builds and the pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus, longPlan, planOfItems, unpublishedDataDir } from './lib/bench-corpus.ts';
import { launchChromium, serveSite } from './lib/browser.ts';
import { measureBareEngine, measureLinkQuery, measureSearch, measureStockUi, measureTypedQuery, writeSearchYardsticks } from './lib/measure-search.ts';
import { searchSteps } from '../src/lib/search-text.ts';
import { withHeapLimit } from './lib/heap-limit.ts';
import { loadTest } from './lib/load-test.ts';
import { loadReferenceData } from '../src/ingest/reference-data.ts';
import { manyPagesPdf, zipBomb } from './lib/hostile-files.ts';
import { swapIn } from './lib/swap-in.ts';
import { astroPagesManifest, recordPagesOf, recycleSite, removeSite } from './lib/recycle-site.ts';
import { astroStage, gatherSite, reusedPages, openDataStages, previewsStage, type BuildFolders } from './lib/build-stages.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const docs = Number(args[args.indexOf('--docs') + 1] ?? 100) || 100;
/** Plans added before the second build (`--add N`, 1 by default), beside one amended and one removed. */
const adding = args.includes('--add') ? Number(args[args.indexOf('--add') + 1]) || 1 : 1;
/** `--build-only`: the builds and the site's pages, without the long plans, search, refusals and load. */
const buildOnly = args.includes('--build-only');
const work = mkdtempSync(join(tmpdir(), `kb-bench-${docs}-`));
const dirs = {
  seeds: join(work, 'seeds'),
  content: join(work, 'content'),
  dist: join(work, 'dist'),
  staging: join(work, 'dist.staging'),
  extras: join(work, 'dist.extras'),
  openData: join(work, 'open-data'),
  data: join(work, 'data'),
  cache: join(work, 'cache'),
  previews: join(work, 'previews'),
  exportFiles: join(work, 'exports'),
};

unpublishedDataDir(join(projectDir, 'data'), dirs.data);
generateCorpus(join(projectDir, 'seeds'), loadReferenceData().provinces.map((province) => province.name), docs, dirs.seeds);
console.log(`[bench] ${docs} documents generated in ${work}`);

/** Peak memory needs GNU time; without it only the time is measured. */
const GNU_TIME = '/usr/bin/time';
const env = withHeapLimit({ ...process.env, KB_CONTENT_DIR: dirs.content });
interface Stage {
  name: string;
  seconds: number;
  peakMiB: number | null;
  /** Ran beside another stage: its time is not added to the total, the pair's is. */
  beside?: boolean;
}
let stages: Stage[] = [];

/** One stage in a process of its own, timed, its peak memory read from GNU time. */
function run(name: string, script: string, scriptArgs: string[]): Promise<{ stage: Stage; stdout: string }> {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const commandArgs = withTime ? ['-f', '[bench-peak] %M', process.execPath, script, ...scriptArgs] : [script, ...scriptArgs];
  const start = performance.now();
  const child = spawn(command, commandArgs, { cwd: projectDir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      if (status !== 0) {
        console.error(`[bench] ${name} failed:\n${`${stdout}${stderr}`.slice(-3000)}`);
        process.exit(1);
      }
      const peak = /\[bench-peak\] (\d+)/u.exec(stderr)?.[1];
      resolve({ stage: { name, seconds: (performance.now() - start) / 1000, peakMiB: peak ? Math.round(Number(peak) / 1024) : null }, stdout });
    }),
  );
}

async function stage(name: string, script: string, scriptArgs: string[]): Promise<string> {
  const { stage: timed, stdout } = await run(name, script, scriptArgs);
  stages.push(timed);
  return stdout;
}

const ingestArgs = ['--seeds', dirs.seeds, '--out', dirs.content, '--data', dirs.data, '--cache', dirs.cache];

/**
 * The build's stages, as `npm run build` runs them: into a staging folder that then replaces dist/, Astro's build
 * beside the previews followed by the search index and the exports side by side (from the ingest's open data);
 * `clean` renders every page (astro build --force) and writes every workbook; else Astro builds into the site
 * before last (recycle-site.ts). Returns how many pages Astro found in place and copied from its cache.
 */
async function buildStages(clean: boolean): Promise<{ inPlace: number; copied: number }> {
  await stage('ingest', 'scripts/ingest.ts', [...ingestArgs, '--open-data', dirs.openData]);
  rmSync(dirs.extras, { recursive: true, force: true });
  if (clean) rmSync(dirs.exportFiles, { recursive: true, force: true });
  const recycling = performance.now();
  if (clean) removeSite(dirs.staging);
  const recycled = clean ? null : recycleSite(`${dirs.dist}.previous`, dirs.staging, astroPagesManifest(dirs.content));
  stages.push({ name: 'recycled site', seconds: (performance.now() - recycling) / 1000, peakMiB: null });
  const start = performance.now();
  const folders: BuildFolders = dirs;
  const [astro, lane] = await Promise.all([
    run(...astroStage(folders, clean)),
    (async () => {
      const previews = await run(...previewsStage(folders));
      return [previews, ...(await Promise.all(openDataStages(folders).map((command) => run(...command))))];
    })(),
  ]);
  // What the recycling removed is deleted beside those stages, and counted in their time if it ends after them.
  await recycled?.cleared;
  const done = [astro, ...lane];
  stages.push(...done.map(({ stage: timed }) => ({ ...timed, beside: true })));
  // At most Astro's peak beside the larger of the previews' and the pair's (peaks need not coincide).
  const [previewsPeak, searchPeak, exportsPeak] = lane.map(({ stage: timed }) => timed.peakMiB ?? 0);
  stages.push({
    name: 'astro build ‖ previews, then search index ‖ exports',
    seconds: (performance.now() - start) / 1000,
    peakMiB: astro.stage.peakMiB === null ? null : astro.stage.peakMiB + Math.max(previewsPeak!, searchPeak! + exportsPeak!),
  });
  recordPagesOf(dirs.staging, astroPagesManifest(dirs.content));
  gatherSite(folders);
  await stage('published URLs', 'scripts/check-published.ts', ['--dist', dirs.staging, '--data', dirs.data]);
  swapIn(dirs.staging, dirs.dist);
  return reusedPages(astro.stdout);
}
await buildStages(true);

// A day's build: `adding` plans added, one amended, one removed, built again on what the last build left. The
// first day's has no site before last to start from (recycle-site.ts); the second day's, measured, has, as every
// day's after it.
const cleanStages = stages;
const names = readdirSync(dirs.seeds).sort();
async function nextDay(day: number): Promise<{ inPlace: number; copied: number }> {
  stages = [];
  generateCorpus(join(projectDir, 'seeds'), loadReferenceData().provinces.map((province) => province.name), adding, dirs.seeds, { first: docs + day * adding });
  const amended = join(dirs.seeds, names[2 * day]!);
  writeFileSync(amended, `${readFileSync(amended, 'utf8').trimEnd()}\n\nNơi nhận:\n- Lưu VT.\n`);
  rmSync(join(dirs.seeds, names[2 * day + 1]!));
  return buildStages(false);
}
await nextDay(0);
const firstDay = stages;
const reused = await nextDay(1);
const afterAdding = stages;
stages = cleanStages;

const files = readdirSync(dirs.dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(dirs.dist, path), bytes: statSync(path).size };
  });
const pages = files.filter((file) => file.path.endsWith('.html'));
const total = files.reduce((sum, file) => sum + file.bytes, 0);
const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5);

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(`\n[bench] ${docs} documents on ${process.platform}, Node ${process.version}`);
console.log('| stage | time | peak memory |\n| --- | --- | --- |');
for (const { name, seconds, peakMiB, beside } of stages) {
  console.log(`| ${beside ? `(${name})` : name} | ${seconds.toFixed(1)} s | ${peakMiB === null ? '–' : `${peakMiB} MiB`} |`);
}
const totalSeconds = stages.filter((entry) => !entry.beside).reduce((sum, entry) => sum + entry.seconds, 0);
const totalPeak = Math.max(...stages.filter((entry) => !entry.beside).map((entry) => entry.peakMiB ?? 0));
console.log(`| total | ${totalSeconds.toFixed(1)} s | ≤ ${totalPeak} MiB |`);
console.log(
  `[bench] the build after adding ${adding} plan(s), amending one and removing one (of its pages ${reused.inPlace} left in place from the site before last, ${reused.copied} copied from Astro's cache):`,
);
console.log('| stage | clean build | after adding one | share |\n| --- | --- | --- | --- |');
for (const [index, { name, seconds, peakMiB, beside }] of stages.entries()) {
  const after = afterAdding[index]!;
  console.log(`| ${beside ? `(${name})` : name} | ${seconds.toFixed(1)} s, ${peakMiB ?? '–'} MiB | ${after.seconds.toFixed(1)} s, ${after.peakMiB ?? '–'} MiB | ${seconds < 0.05 ? '–' : `${((100 * after.seconds) / seconds).toFixed(0)}%`} |`);
}
const secondsOf = (day: Stage[]) => day.filter((entry) => !entry.beside).reduce((sum, entry) => sum + entry.seconds, 0);
const addedSeconds = secondsOf(afterAdding);
console.log(`| total | ${totalSeconds.toFixed(1)} s | ${addedSeconds.toFixed(1)} s | ${((100 * addedSeconds) / totalSeconds).toFixed(0)}% |`);
const firstAstro = firstDay.find((entry) => entry.name === 'astro build')!;
console.log(
  `[bench] the day before, with no site before last (every page Astro reused copied from its cache): ${secondsOf(firstDay).toFixed(1)} s (${((100 * secondsOf(firstDay)) / totalSeconds).toFixed(0)}%), astro build ${firstAstro.seconds.toFixed(1)} s, ${firstAstro.peakMiB ?? '–'} MiB`,
);
console.log(`[bench] ${pages.length} pages, ${files.length} files, ${mib(total)} in all`);
console.log(`[bench] largest pages: ${largest.map((page) => `${page.path} ${(page.bytes / 1024).toFixed(0)} kB`).join(', ')}`);
if (buildOnly) process.exit(0);

const long = await longPlans([10_000, 50_000]);
const itemsBuild = await buildPlanOfItems(50_000);
const refusals = refusalCost();
const search = await searchCost(dirs.dist);
const load = await loadTest(projectDir, dirs.dist, visitPaths(), { port: 4399, connections: 200, seconds: 30 });
for (const refusal of refusals) console.log(`[bench] refused ${refusal.file}: ${refusal.ms} ms, peak ${refusal.maxRssMb} MB (${refusal.message})`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const [firstRun] = search.pasted;
console.log(
  `[bench] search page: ${(firstRun!.pageBytes / 1024).toFixed(1)} kB before it is interactive; Pagefind's engine +${(firstRun!.engineBytes / 1024).toFixed(0)} kB once it is idle; ` +
    `the first query +${(firstRun!.firstBytes / 1024).toFixed(0)} kB`,
);
const floor = median(search.floors.map((time) => time.fromImport));
const floorFromRequest = median(search.floors.map((time) => time.fromRequest));
const pastedFirst = median(search.pasted.map((run) => run.times[0]!));
const link = median(search.links.map((time) => time.firstResult));
const linkScreen = median(search.links.map((time) => time.firstScreen));
const warm = median(search.pasted.flatMap((run) => run.times.slice(1)));
const stock = median(search.stock);
console.log(`[bench] search, ${search.pasted.length} fresh pages each (medians; range in brackets), ms:`);
console.log('| measure | ms | ratio |\n| --- | --- | --- |');
console.log(`| bare engine: import, init, the first search, one result's data | ${floor.toFixed(0)} (${range(search.floors.map((time) => time.fromImport))}) | floor |`);
console.log(`| bare engine from the request for its page | ${floorFromRequest.toFixed(0)} (${range(search.floors.map((time) => time.fromRequest))}) | ${(floorFromRequest / floor).toFixed(2)} × floor |`);
console.log(`| first query pasted, the page idle first (last key to results) | ${pastedFirst.toFixed(0)} (${range(search.pasted.map((run) => run.times[0]!))}) | ${(pastedFirst / floor).toFixed(2)} × floor |`);
console.log(
  `| \`?q=\` link, request to its first result | ${link.toFixed(0)} (${range(search.links.map((time) => time.firstResult))}) | ${(link / floorFromRequest).toFixed(2)} × the bare page opened as a link, from its request (${(link / floor).toFixed(2)} × floor) |`,
);
console.log(
  `| \`?q=\` link, request to its first screen (three results) | ${linkScreen.toFixed(0)} (${range(search.links.map((time) => time.firstScreen))}) | ${(linkScreen / floor).toFixed(2)} × floor |`,
);
console.log(`| warm query (last key to results) | ${warm.toFixed(0)} (${range(search.pasted.flatMap((run) => run.times.slice(1)))}) | ${(warm / stock).toFixed(2)} × stock UI without debounce |`);
console.log(`| Pagefind's stock UI, debounce 0, warm query | ${stock.toFixed(0)} (${range(search.stock)}) | |`);
console.log(`[bench] search, first query typed a key every 150 ms from the moment the page is ready: ${search.typed.time.toFixed(0)} ms from its last key`);
const [ten, fifty] = long;
console.log(
  `[bench] one plan of 10,000 numbered lines: ${ten!.seconds.toFixed(1)} s, ${ten!.peakMiB ?? '–'} MiB; of 50,000 lines: ${fifty!.seconds.toFixed(1)} s, ` +
    `${fifty!.peakMiB ?? '–'} MiB (× ${(fifty!.seconds / ten!.seconds).toFixed(1)} for × 5 lines)`,
);
console.log(
  `[bench] one plan of ${itemsBuild.items.toLocaleString('en')} items built into a site: ${itemsBuild.stage.seconds.toFixed(1)} s, ${itemsBuild.stage.peakMiB ?? '–'} MiB; ` +
    `${itemsBuild.pages} pages, its document on ${itemsBuild.documentPages}; largest HTML page ${itemsBuild.largest.path} ${(itemsBuild.largest.bytes / 1024).toFixed(0)} kB`,
);
console.log(
  `[bench] npm run serve under load: ${load.connections} connections for ${load.seconds} s, ${load.requests} requests, ${load.requestsPerSecond.toFixed(0)} per second, ` +
    `99th percentile ${load.latencyP99Ms} ms; ${load.errors} errors, ${load.timeouts} timeouts, ${load.failures} responses not 2xx`,
);

/** The ingest of one long plan (scripts/lib/bench-corpus.ts: longPlan) of each number of lines, alone. */
async function longPlans(sizes: number[]): Promise<Stage[]> {
  const timed: Stage[] = [];
  for (const lines of sizes) {
    const seeds = join(work, `long-${lines}`);
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'plan.txt'), longPlan(lines));
    timed.push((await run(`${lines} lines`, 'scripts/ingest.ts', ['--seeds', seeds, '--out', join(work, `long-${lines}-content`), '--data', dirs.data, '--no-cache'])).stage);
  }
  return timed;
}

/** The whole build (scripts/build.ts) of one plan of `items` outline items alone (bench-corpus.ts: planOfItems), and the HTML pages it makes. */
async function buildPlanOfItems(items: number) {
  const root = join(work, `items-${items}`);
  mkdirSync(join(root, 'seeds'), { recursive: true });
  writeFileSync(join(root, 'seeds/plan.txt'), planOfItems(items));
  unpublishedDataDir(join(projectDir, 'data'), join(root, 'data'));
  const dist = join(root, 'dist');
  const { stage: timed } = await run(`a plan of ${items} items, built`, 'scripts/build.ts', ['--seeds', join(root, 'seeds'), '--content', join(root, 'content'), '--out', dist, '--data', join(root, 'data')]);
  const html = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => ({ path: relative(dist, join(entry.parentPath, entry.name)), bytes: statSync(join(entry.parentPath, entry.name)).size }));
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const documentPages = html.filter((page) => /^[a-z0-9-]+-kh-ubnd\/(?:phan\/[^/]+\/)?index\.html$/u.test(page.path)).length;
  return { items, stage: timed, pages: html.length, documentPages, largest };
}

/** What a reader's visit fetches: the home page, a document, a task, an agency, a comparison, the search page and its index, open data. */
function visitPaths(): string[] {
  const pick = (pattern: RegExp) => pages.map((page) => `/${page.path.replace(/index\.html$/u, '')}`).find((path) => pattern.test(path))!;
  const pagefind = files.filter((file) => file.path.startsWith('pagefind/')).slice(0, 3).map((file) => `/${file.path}`);
  return ['/', pick(/^\/[a-z0-9-]+-kh-[a-z0-9-]+\/$/u), pick(/^\/nhiem-vu\//u), pick(/^\/co-quan\/[^/]+\/$/u), '/so-sanh/', '/tim-kiem/', '/api/documents.json', ...pagefind].filter(Boolean);
}

/**
 * The search page's cost at this size, in Chromium on loopback, each in a fresh browser context, five
 * rounds (times vary from one to the next): Pagefind's bare engine, a `?q=` link, a first query pasted
 * once the page is idle and the queries after it; Pagefind's stock UI; a query typed.
 */
async function searchCost(dist: string) {
  writeSearchYardsticks(dist);
  const [browser, site] = await Promise.all([launchChromium(), serveSite(dist)]);
  const query = 'so tai chinh';
  const others = ['truong noi tru', 'gddt', 'chuyen doi so'];
  try {
    const floors = [];
    const links = [];
    const pasted = [];
    for (let round = 0; round < 5; round++) {
      floors.push(await measureBareEngine(browser, site, searchSteps(query)[0]!));
      links.push(await measureLinkQuery(browser, site, query));
      pasted.push(await measureSearch(browser, site, [query, ...others]));
    }
    const stock = [];
    for (let round = 0; round < 3; round++) stock.push(...(await measureStockUi(browser, site, query, others)));
    return { floors, links, pasted, stock, typed: await measureTypedQuery(browser, site, query) };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** What refusing a file past the reading limits costs (src/ingest/read/read-limits.ts): a Word file inflating to 3 GiB, a PDF of 10,000 pages. */
function refusalCost(): Array<{ file: string; ms: number; maxRssMb: number; message: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-limits-'));
  const probe = join(projectDir, 'scripts/lib/read-probe.ts');
  return [zipBomb(dir, 3072), manyPagesPdf(dir, 10_000)].map((file) => {
    const run = spawnSync(process.execPath, [probe, file], { encoding: 'utf8' });
    const result = JSON.parse(run.stdout) as { ms: number; maxRssMb: number; messages: string[] };
    return { file: relative(dir, file), ms: result.ms, maxRssMb: result.maxRssMb, message: result.messages[0] ?? 'no message' };
  });
}
