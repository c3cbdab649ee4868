/**
 * Build the Pagefind index from the open-data exports in dist/api/: every
 * task, target, responsibility, passage, section, document, agency and cited
 * document, each linking to its permalink, with the search filters (Tỉnh,
 * Văn bản, Cơ quan chủ trì, Cơ quan phối hợp, Chủ đề, Loại, Năm), gathered
 * into records of up to GROUP_SIZE items (see lib/search/). The search page
 * then names the index's metadata and WebAssembly, for a link to fetch at once.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pathOption } from './lib/cli-options.ts';
import { close, createIndex } from 'pagefind';
import { buildSearchGroups, groupHtml } from './lib/search/search-groups.ts';
import { nameEngineFilesInSite } from './lib/search/engine-files.ts';
import { readSearchOptions } from './lib/search/search-item.ts';
import { readOpenDataIn } from './lib/open-data.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const dist = pathOption('--dist', join(projectDir, 'dist'));
// --open-data DIR: the records from there rather than <dist>/api/ (the build's copy, written before the site is);
// --index-only: the index alone, its files named on the search page by the caller once the site is built.
const openData = pathOption('--open-data', join(dist, 'api'));
const indexOnly = process.argv.includes('--index-only');
const options = readSearchOptions(projectDir);
const groups = buildSearchGroups(readOpenDataIn(openData), options);

const { index, errors } = await createIndex({});
if (!index) throw new Error(`[search] ${errors.join('; ')}`);
// Records go to the Pagefind process without waiting for each answer (one round trip each, in sequence, took most of
// this stage), written while Pagefind indexes those before them: it indexes on one core, and this uses the other. The
// pipe to it drains only while this thread's event loop turns, hence the pauses; at most two batches wait on it.
const BATCH = 200;
const waiting: Array<Promise<void>> = [];
for (const [count, group] of groups.entries()) {
  const content = groupHtml(group, options.synonyms);
  waiting.push(
    index.addHTMLFile({ url: group.url, content }).then((added) => {
      if (added.errors.length > 0) throw new Error(`[search] ${group.url}: ${added.errors.join('; ')}`);
    }),
  );
  if (count % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
  if (waiting.length >= 2 * BATCH) await Promise.all(waiting.splice(0, BATCH));
}
await Promise.all(waiting);
// Pagefind adds to what the folder holds: an earlier index's files would stay.
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`[search] ${written.errors.join('; ')}`);
await close();
if (!indexOnly) nameEngineFilesInSite(dist);
const byType = new Map<string, number>();
for (const item of groups.flatMap((group) => group.items)) byType.set(item.type, (byType.get(item.type) ?? 0) + 1);
console.log(
  `[search] indexed ${[...byType.values()].reduce((sum, count) => sum + count, 0)} items in ${groups.length} records: ${[...byType]
    .map(([type, count]) => `${count} ${type.toLowerCase()}`)
    .join(', ')}`,
);
