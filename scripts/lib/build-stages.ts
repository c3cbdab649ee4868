import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { moveFilesInto } from './swap-in.ts';
import { nameEngineFilesInSite } from './search/engine-files.ts';

/**
 * The stages of `npm run build` after the ingest, as commands and folders, so that the build and the bench
 * run the same ones: Astro into the staging folder; beside it the previews, then the search index and the
 * exports side by side, from the ingest's open data into a folder of their own (Astro owns its outDir).
 * The open data itself (`api/*.json`) is the ingest's: the site publishes the copy those stages read.
 */
export interface BuildFolders {
  content: string;
  staging: string;
  extras: string;
  openData: string;
  previews: string;
  /** The exports' files kept between builds by what they hold (export-tables.ts --cache). */
  exportFiles: string;
}

type Command = [name: string, script: string, args: string[]];

export const astroStage = (folders: BuildFolders, clean: boolean): Command => [
  'astro build',
  'node_modules/astro/bin/astro.mjs',
  ['build', '--outDir', folders.staging, ...(clean ? ['--force'] : [])],
];

export const previewsStage = (folders: BuildFolders): Command => ['previews', 'scripts/render-previews.ts', ['--content', folders.content, '--out', folders.previews]];

/** The two stages that read only the open data, run side by side after the previews. */
export const openDataStages = (folders: BuildFolders): Command[] => [
  ['search index', 'scripts/index-search.ts', ['--dist', folders.extras, '--open-data', folders.openData, '--index-only']],
  ['exports', 'scripts/export-tables.ts', ['--dist', folders.extras, '--open-data', folders.openData, '--cache', folders.exportFiles]],
];

/** Once every stage ended: the open data the side stages read, their files and the previews join the site. */
export function gatherSite(folders: BuildFolders): void {
  moveFilesInto(folders.openData, join(folders.staging, 'api'));
  moveFilesInto(folders.extras, folders.staging);
  nameEngineFilesInSite(folders.staging);
  cpSync(join(folders.previews, 'anh'), join(folders.staging, 'anh'), { recursive: true });
}

/**
 * The pages Astro's output says it did not render again: found already in the folder it builds (`(cached)`: kept
 * from the site before last, see recycle-site.ts) or copied from its incremental cache (`(restored)`).
 */
export function reusedPages(astroOutput: string): { inPlace: number; copied: number } {
  const lines = astroOutput.replace(/\x1b\[[0-9;]*m/gu, '').split('\n');
  const count = (word: string) => lines.filter((line) => line.trimEnd().endsWith(`(${word})`)).length;
  return { inPlace: count('cached'), copied: count('restored') };
}
