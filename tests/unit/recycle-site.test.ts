import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesAlike, pagesRecordOf, pruneSite, recycleSite } from '../../scripts/lib/recycle-site.ts';
import { swapIn } from '../../scripts/lib/swap-in.ts';

const TASK_ROUTE = 'src/pages/nhiem-vu/[document]/[task].astro';
const AGENCY_ROUTE = 'src/pages/co-quan/[agency]/[...page].astro';

/** An Astro incremental-build manifest (CACHE_VERSION 1) of two task pages and one agency page. */
function manifest(change: (routes: Record<string, { dependencyHash: string; paths: Record<string, Record<string, unknown>> }>) => void = () => {}) {
  const routes = {
    [TASK_ROUTE]: {
      dependencyHash: 'task-code',
      paths: {
        '/nhiem-vu/kh-1/ii-1/': { cacheKey: 'a1', outputFile: 'nhiem-vu/kh-1/ii-1/index.html', contentHashes: { 'documents/kh-1.mdx': 'h1' } },
        '/nhiem-vu/kh-1/ii-2/': { cacheKey: 'a2', outputFile: 'nhiem-vu/kh-1/ii-2/index.html' },
      },
    },
    [AGENCY_ROUTE]: { dependencyHash: 'agency-code', paths: { '/co-quan/so-gd/': { cacheKey: 'b1', outputFile: 'co-quan/so-gd/index.html' } } },
  };
  change(routes);
  return { version: 1 as const, configHash: 'config', lockfileHash: 'lock', keyDigest: 'key', routes };
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the pages of the site before last that Astro would make the same', () => {
  it('are those recorded alike by the build that made them and by the last build', () => {
    expect([...pagesAlike(manifest(), manifest())].sort()).toEqual(['co-quan/so-gd/index.html', 'nhiem-vu/kh-1/ii-1/index.html', 'nhiem-vu/kh-1/ii-2/index.html']);
  });

  it('leave out a page whose cache key or content changed since, or that the last build no longer made', () => {
    const last = manifest((routes) => {
      routes[TASK_ROUTE]!.paths['/nhiem-vu/kh-1/ii-1/']!.contentHashes = { 'documents/kh-1.mdx': 'h2' };
      routes[TASK_ROUTE]!.paths['/nhiem-vu/kh-1/ii-2/']!.cacheKey = 'a3';
      delete routes[AGENCY_ROUTE]!.paths['/co-quan/so-gd/'];
    });
    expect([...pagesAlike(manifest(), last)]).toEqual([]);
  });

  it('leave out every page of a route whose code changed, and every page when the configuration or lock file did', () => {
    const routeChanged = manifest((routes) => (routes[TASK_ROUTE]!.dependencyHash = 'new-task-code'));
    expect([...pagesAlike(manifest(), routeChanged)]).toEqual(['co-quan/so-gd/index.html']);
    expect([...pagesAlike(manifest(), { ...manifest(), configHash: 'other' })]).toEqual([]);
    expect([...pagesAlike(manifest(), { ...manifest(), lockfileHash: 'other' })]).toEqual([]);
  });
});

describe('recycling the site before last as the next staging folder', () => {
  it('removes every file but the pages kept, a folder holding none of them moved whole to the trash', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-prune-'));
    const [site, trash] = [join(root, 'site'), join(root, 'trash')];
    mkdirSync(trash);
    writeFiles(site, {
      'nhiem-vu/kh-1/ii-1/index.html': 'kept',
      'nhiem-vu/kh-1/ii-1/stale.html': 'gone',
      'nhiem-vu/kh-2/i-1/index.html': 'gone',
      'pagefind/index/a.pf_index': 'x',
      '404.html': 'x',
    });
    expect(pruneSite(site, new Set(['nhiem-vu/kh-1/ii-1/index.html']), trash)).toEqual({ kept: 1, removedFiles: 2, removedFolders: 2 });
    expect(filesOf(site)).toEqual(['nhiem-vu/kh-1/ii-1/index.html']);
    expect(readdirSync(join(site, 'nhiem-vu'))).toEqual(['kh-1']);
    expect(filesOf(trash)).toEqual(['1/i-1/index.html', '2/index/a.pf_index']);
  });

  it('starts from the site before last with its record, uses the record up and deletes what it removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-recycle-'));
    const [previous, staging, last] = [join(root, 'dist.previous'), join(root, 'dist.staging'), join(root, 'incremental-build.json')];
    writeFiles(previous, { 'nhiem-vu/kh-1/ii-1/index.html': 'made before', 'nhiem-vu/kh-1/ii-2/index.html': 'changed since', 'api/tasks.json': '[]' });
    writeFileSync(pagesRecordOf(previous), JSON.stringify(manifest()));
    writeFileSync(last, JSON.stringify(manifest((routes) => (routes[TASK_ROUTE]!.paths['/nhiem-vu/kh-1/ii-2/']!.cacheKey = 'a3'))));
    writeFiles(staging, { 'left/by-a-killed-build.html': 'x' });

    writeFiles(root, { 'dist.staging.trash-killed/1/index.html': 'left by a killed build' });

    const recycled = recycleSite(previous, staging, last);
    // The changed page's folder and api/ hold no page kept: each goes whole.
    expect(recycled).toMatchObject({ kept: 1, removedFiles: 0, removedFolders: 2 });
    await recycled!.cleared;
    expect(readdirSync(root).sort()).toEqual(['dist.staging', 'incremental-build.json']);
    expect(filesOf(staging)).toEqual(['nhiem-vu/kh-1/ii-1/index.html']);
    expect(readFileSync(join(staging, 'nhiem-vu/kh-1/ii-1/index.html'), 'utf8')).toBe('made before');
    expect(existsSync(previous)).toBe(false);
    expect(existsSync(pagesRecordOf(previous))).toBe(false);
  });

  it('starts from nothing when the site before last has no record, or its record does not read', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-recycle-none-'));
    const [previous, staging, last] = [join(root, 'dist.previous'), join(root, 'dist.staging'), join(root, 'incremental-build.json')];
    writeFiles(previous, { 'nhiem-vu/kh-1/ii-1/index.html': 'made before' });
    writeFileSync(last, JSON.stringify(manifest()));
    expect(recycleSite(previous, staging, last)).toBeNull();
    expect(existsSync(staging)).toBe(false);

    writeFileSync(pagesRecordOf(previous), JSON.stringify({ ...manifest(), version: 2 }));
    expect(recycleSite(previous, staging, last)).toBeNull();
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(pagesRecordOf(previous))).toBe(false);
  });
});

describe('publishing a build', () => {
  it('keeps the site it replaces, with its record, and removes the one before', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-swap-'));
    const [published, staging] = [join(root, 'dist'), join(root, 'dist.staging')];
    const previous = `${published}.previous`;
    writeFiles(previous, { 'index.html': 'before last' });
    writeFileSync(pagesRecordOf(previous), 'before last');
    writeFiles(published, { 'index.html': 'last' });
    writeFileSync(pagesRecordOf(published), 'last');
    writeFiles(staging, { 'index.html': 'new' });
    writeFileSync(pagesRecordOf(staging), 'new');

    swapIn(staging, published);
    expect(readFileSync(join(published, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(pagesRecordOf(published), 'utf8')).toBe('new');
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('last');
    expect(readFileSync(pagesRecordOf(previous), 'utf8')).toBe('last');
    expect(existsSync(staging) || existsSync(pagesRecordOf(staging))).toBe(false);
  });

  it('leaves no record beside a site built without one', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-swap-bare-'));
    const [published, staging] = [join(root, 'dist'), join(root, 'dist.staging')];
    writeFiles(published, { 'index.html': 'last' });
    writeFileSync(pagesRecordOf(published), 'last');
    writeFiles(staging, { 'index.html': 'new' });
    swapIn(staging, published);
    expect(existsSync(pagesRecordOf(published))).toBe(false);
    expect(readFileSync(pagesRecordOf(`${published}.previous`), 'utf8')).toBe('last');
  });
});
