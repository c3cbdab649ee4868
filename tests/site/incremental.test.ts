import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

// Issue 36.4: an incremental build is the clean build, byte for byte. The seeds and the corpus are built;
// then a plan is added, a seed amended (one task's words) and a corpus plan removed, and the site is built
// again, reusing the pages whose records did not change; the next day another seed is amended and the site
// built again, starting from the site before last (the first build's: its pages of the plans changed the day
// before must not stay); then built clean. Every file of the two dist/ folders (pages, exports, search index)
// must be the same.
// The plan removed leaves a plan of its province, as the one added joins one: the provinces stay those of the first build.
const ADDED = '06-dak-lak-0134-kh-ubnd.txt';
const REMOVED = '07-dak-lak-0129-kh-ubnd.txt';
const CORPUS = readdirSync(join(projectDir, 'tests/corpus')).filter((name) => name.endsWith('.txt') && name !== ADDED);
const AMENDED = '001-cao-bang-ke-hoach-ubnd-thang-02-2026.txt';
const AMENDMENT = ['xây dựng cơ chế khuyến khích tinh thần khởi nghiệp', 'xây dựng và ban hành cơ chế khuyến khích tinh thần khởi nghiệp'] as const;
const NEXT_DAY_AMENDED = '004-bac-kan-ke-hoach-91-kl-tw.txt';
const NEXT_DAY_AMENDMENT = ['Tăng cường sự lãnh đạo của các cấp ủy trong đổi mới', 'Tăng cường hơn nữa sự lãnh đạo của các cấp ủy trong đổi mới'] as const;

let work: string;
/** The output of the build after the plans changed, and of the next day's. */
let incremental: string;
let nextDay: string;
/** The first build's files, before the incremental build replaced them. */
let first: Map<string, Buffer>;

function amend(seed: string, [words, amended]: readonly [string, string]): void {
  const file = join(work, 'seeds', seed);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(words);
  writeFileSync(file, text.replace(words, amended));
}

function build(out: string, ...flags: string[]): string {
  const run = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', out, '--data', join(work, 'data'), ...flags],
    { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() },
  );
  if (run.status !== 0) throw new Error(`${run.stdout}${run.stderr}`.slice(-3000));
  return run.stdout;
}

/** Every file under a folder, by its path inside it. */
function filesOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(folder, path), readFileSync(path)];
      }),
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-incremental-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  for (const name of CORPUS) copyFileSync(join(projectDir, 'tests/corpus', name), join(work, 'seeds', name));
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  build(join(work, 'dist'), '--clean');
  first = filesOf(join(work, 'dist'));
  copyFileSync(join(projectDir, 'tests/corpus', ADDED), join(work, 'seeds', ADDED));
  amend(AMENDED, AMENDMENT);
  rmSync(join(work, 'seeds', REMOVED));
  incremental = build(join(work, 'dist'));
  amend(NEXT_DAY_AMENDED, NEXT_DAY_AMENDMENT);
  nextDay = build(join(work, 'dist'));
  build(join(work, 'clean'), '--clean');
  // Time limit: four builds of the seeds and the corpus, about 40 s each idle.
}, 560_000);

/** The `[astro]` line's counts: pages built, reused, left in place, copied from Astro's cache. */
function reusedIn(output: string): { built: number; reused: number; inPlace: number; copied: number } {
  const counts = /\[astro\] (\d+) pages built, (\d+) of them from the previous build \((\d+) left in place from the site before last, (\d+) copied from Astro's cache\)/u.exec(output);
  expect(counts, output.slice(-2000)).not.toBeNull();
  const [built, reused, inPlace, copied] = counts!.slice(1).map(Number) as [number, number, number, number];
  return { built, reused, inPlace, copied };
}

describe('a build after a plan is added, one amended and one removed', () => {
  it('copies the pages whose records did not change, and renders the others', () => {
    const { built, reused, inPlace, copied } = reusedIn(incremental);
    console.log(`[incremental] ${reused} of ${built} pages copied from the previous build`);
    expect(copied).toBeGreaterThan(0);
    expect(reused).toBeLessThan(built);
    // The first build replaced no site: there was none before last to start from.
    expect(inPlace).toBe(0);
  });

  it('the next day, leaves in place the pages of the site before last that did not change since, and renders or copies the others', () => {
    const { built, reused, inPlace, copied } = reusedIn(nextDay);
    console.log(`[incremental] next day: ${inPlace} of ${built} pages left in place, ${copied} copied`);
    const kept = Number(/the site before last kept (\d+) pages Astro would make the same/u.exec(nextDay)?.[1]);
    expect(inPlace).toBeGreaterThan(0);
    // A page kept whose records changed today is rendered again, over the kept one.
    expect(inPlace).toBeLessThanOrEqual(kept);
    // The pages the plans changed the day before were not kept: Astro copied them from its cache.
    expect(copied).toBeGreaterThan(0);
    expect(reused).toBeLessThan(built);
  });

  it('copies the export files whose rows or events did not change, and writes the others', () => {
    const exported = /\[exports\] (\d+) files .*?\((\d+) copied from the previous build\)/u.exec(incremental);
    expect(exported).not.toBeNull();
    const [files, copied] = [Number(exported![1]), Number(exported![2])];
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(files);
  });

  it('writes every file byte for byte as the clean build does: pages, exports, search index', () => {
    const after = filesOf(join(work, 'dist'));
    const clean = filesOf(join(work, 'clean'));
    expect([...after.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([path, bytes]) => !after.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    // The amended tasks' pages hold their new words, the first day's amendment among them.
    for (const [, amended] of [AMENDMENT, NEXT_DAY_AMENDMENT]) {
      const amendedPages = [...after].filter(([path, bytes]) => path.startsWith('nhiem-vu/') && bytes.toString('utf8').includes(amended));
      expect(amendedPages.length).toBeGreaterThan(0);
    }
  });

  it('renders again the pages of every agency a task of the added plan names, which other plans named before', () => {
    const after = filesOf(join(work, 'dist'));
    const tasks = JSON.parse(after.get('api/tasks.json')!.toString('utf8')) as Array<{ document: string; leadIds: string[]; supportIds: string[] }>;
    const before = new Set((JSON.parse(first.get('api/tasks.json')!.toString('utf8')) as typeof tasks).map((task) => task.document));
    const added = [...new Set(tasks.map((task) => task.document))].filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    const named = new Set(tasks.filter((task) => task.document === added[0]).flatMap((task) => [...task.leadIds, ...task.supportIds]));
    // An agency's list, all its pages together (`/co-quan/<id>/`, `/co-quan/<id>/trang-2/`…).
    const listOf = (files: Map<string, Buffer>, agency: string) =>
      [...files].filter(([path]) => new RegExp(`^co-quan/${agency}/(?:trang-\\d+/)?index\\.html$`, 'u').test(path)).map(([, bytes]) => bytes.toString('utf8')).join('');
    const link = `/nhiem-vu/${added[0]}/`;
    const namedBefore = [...named].filter((agency) => listOf(first, agency).includes('/nhiem-vu/'));
    expect(namedBefore.length).toBeGreaterThan(0);
    expect(namedBefore.filter((agency) => !listOf(after, agency).includes(link))).toEqual([]);
  });
});
