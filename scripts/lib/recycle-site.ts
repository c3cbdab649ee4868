import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';

/**
 * The site before last, recycled as the next build's staging folder. After one plan is added, most of a
 * thousand-plan site's 46,000 pages are the same as in the last build, and Astro copies each from its cache
 * into the folder it builds (a check, a folder and a copy per page: half its stage). A page already in the
 * folder it leaves there. So the build starts from the superseded site, with every file removed but the pages
 * Astro would make the same again: those recorded by the same Astro manifest entry (code, cache key and
 * content hashes) in the build that made that site and in the last one, which Astro's own decision to reuse
 * a page compares with. Astro writes the pages it renders again; the other stages write the rest.
 *
 * The superseded site is never the published one: it stopped being published when the last build swapped in,
 * and no file of it is linked to one of the published site.
 */

/** Astro's cache folder (its content data store and incremental builds) beside the content it reads. */
export const astroCacheDir = (contentDir: string): string => resolve(contentDir, '..', '.cache', 'astro');

/** Astro's record of the pages of its last build (experimental incremental builds): what each was made from. */
export const astroPagesManifest = (contentDir: string): string => join(astroCacheDir(contentDir), 'incremental-build.json');

/** The Astro manifest of the build that made a site folder, kept beside it. */
export const pagesRecordOf = (site: string): string => `${site}.astro-pages.json`;

/** Removes a site folder and its record. */
export function removeSite(site: string): void {
  rmSync(pagesRecordOf(site), { force: true });
  rmSync(site, { recursive: true, force: true });
}

/** The format this reads (Astro's CACHE_VERSION 1): another version is not recycled from. */
const PageEntrySchema = z.looseObject({ outputFile: z.string() });
const AstroManifestSchema = z.looseObject({
  version: z.literal(1),
  configHash: z.string(),
  lockfileHash: z.string(),
  routes: z.record(z.string(), z.looseObject({ dependencyHash: z.string(), paths: z.record(z.string(), PageEntrySchema) })),
});
type AstroManifest = z.infer<typeof AstroManifestSchema>;

/**
 * The output files (relative to the site, `/`-separated) of the pages recorded alike in two manifests: the same
 * configuration, lock file, route code and page entry (cache key, content hashes, file). Astro reuses a page only
 * when its entry in the last manifest is this build's; a page alike in both was made the same in both builds.
 */
export function pagesAlike(made: AstroManifest, last: AstroManifest): Set<string> {
  const alike = new Set<string>();
  if (made.configHash !== last.configHash || made.lockfileHash !== last.lockfileHash) return alike;
  for (const [route, { dependencyHash, paths }] of Object.entries(made.routes)) {
    const now = last.routes[route];
    if (now?.dependencyHash !== dependencyHash) continue;
    for (const [path, entry] of Object.entries(paths)) if (isDeepStrictEqual(entry, now.paths[path])) alike.add(entry.outputFile);
  }
  return alike;
}

function readManifest(file: string): AstroManifest | null {
  try {
    return AstroManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export interface Pruned {
  kept: number;
  removedFiles: number;
  removedFolders: number;
}

/** `a/b/index.html` → `a/`, `a/b/`. */
const foldersOf = (file: string): string[] => file.split('/').slice(0, -1).map((_, at, parts) => `${parts.slice(0, at + 1).join('/')}/`);

/**
 * Removes every file of `site` but those named in `keep`. A folder holding none of them (the search index, the
 * exports, a removed plan's pages) is moved whole into `trash`, a folder on the same file system, to be deleted
 * beside the build rather than file by file before it.
 */
export function pruneSite(site: string, keep: Set<string>, trash: string): Pruned {
  const keptFolders = new Set([...keep].flatMap(foldersOf));
  const pruned: Pruned = { kept: 0, removedFiles: 0, removedFolders: 0 };
  const prune = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory() && keptFolders.has(`${name}/`)) prune(path, `${name}/`);
      else if (entry.isDirectory()) renameSync(path, join(trash, String((pruned.removedFolders += 1))));
      else if (keep.has(name)) pruned.kept += 1;
      else {
        unlinkSync(path);
        pruned.removedFiles += 1;
      }
    }
  };
  prune(site, '');
  return pruned;
}

/**
 * Makes `staging` the site before last with only its pages Astro would make the same (see above), when that site
 * and the manifest of the build that made it are there and both manifests read; else `staging` is left absent and
 * Astro builds every page into an empty folder (the site before last then goes at the next swap). What it removes
 * is deleted beside the build: `cleared` settles when it is gone.
 */
export function recycleSite(previousSite: string, staging: string, lastManifest: string): (Pruned & { cleared: Promise<unknown> }) | null {
  removeSite(staging);
  const record = pagesRecordOf(previousSite);
  const made = existsSync(record) ? readManifest(record) : null;
  const last = existsSync(lastManifest) ? readManifest(lastManifest) : null;
  rmSync(record, { force: true });
  if (!made || !last || !existsSync(previousSite)) return null;
  renameSync(previousSite, staging);
  // A killed build's trash is deleted too.
  const trashName = `${basename(staging)}.trash-`;
  const leftOver = readdirSync(dirname(staging)).filter((name) => name.startsWith(trashName));
  const trash = mkdtempSync(join(dirname(staging), trashName));
  const pruned = pruneSite(staging, pagesAlike(made, last), trash);
  const cleared = Promise.all([trash, ...leftOver.map((name) => join(dirname(staging), name))].map((folder) => rm(folder, { recursive: true, force: true })));
  return { ...pruned, cleared };
}

/** Keeps, beside a built site, the manifest of the Astro build that made it (for recycleSite once it is superseded). */
export function recordPagesOf(site: string, lastManifest: string): void {
  if (existsSync(lastManifest)) copyFileSync(lastManifest, pagesRecordOf(site));
}
