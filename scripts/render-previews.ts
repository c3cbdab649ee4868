/**
 * The link-preview image of every document and agency (1200×630 PNG, see
 * scripts/lib/previews/), rendered into a folder of their own that the build
 * copies into the site: it runs beside the Astro build, from content/.
 * A card whose words have not changed since the last run is not drawn again.
 *
 *   --content DIR   the ingest's output (default content/)
 *   --out DIR       where the images go, as `anh/…` (default .cache/previews beside the content folder)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { setImmediate } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathOption } from './lib/cli-options.ts';
import { agencyCards, documentCard, type PreviewCard } from './lib/previews/preview-cards.ts';
import { FONT_FILES, renderCard } from './lib/previews/render-card.ts';
import { AgencySchema, DocumentSchema, TaskSchema, z, type DocumentFacts } from '../src/schema/index.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const content = pathOption('--content', join(projectDir, 'content'));
const out = pathOption('--out', join(dirname(content), '.cache', 'previews'));
const manifestFile = join(out, 'manifest.json');
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A collection of content/ as the ingest wrote it: records by id. */
const collection = <T extends z.ZodType>(name: string, schema: T): Array<z.infer<T>> =>
  Object.values(z.record(z.string(), schema).parse(JSON.parse(readFileSync(join(content, `${name}.json`), 'utf8'))));
const documents = readdirSync(join(content, 'documents'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => frontMatter(join(content, 'documents', name)));
const cards: PreviewCard[] = [...documents.map(documentCard), ...agencyCards(collection('agencies', AgencySchema), collection('tasks', TaskSchema))];

// A card is drawn again when its words, the drawing code or the fonts change.
const drawing = createHash('sha256');
for (const file of [fileURLToPath(new URL('./lib/previews/render-card.ts', import.meta.url)), ...FONT_FILES]) drawing.update(readFileSync(file));
const version = drawing.digest('hex');
const previous = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>) : {};
mkdirSync(join(out, 'anh'), { recursive: true });
const manifest: Record<string, string> = {};
let drawn = 0;
for (const card of cards) {
  const key = createHash('sha256').update(version).update(JSON.stringify(card)).digest('hex');
  const file = join(out, `${card.path}.png`);
  manifest[card.path] = key;
  if (previous[card.path] === key && existsSync(file)) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderCard(card));
  // resvg's images (3 MB each) live outside V8's heap, which does not count them: they go when V8 collects and the loop
  // yields. Left to V8, the stage held 1.3 GB at 3,000 images (9.8 GB without yielding).
  if (++drawn % 32 === 0) {
    collectGarbage();
    await setImmediate();
  }
}
// Images of documents and agencies no longer published go.
for (const path of Object.keys(previous)) if (!(path in manifest)) rmSync(join(out, `${path}.png`), { force: true });
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`[previews] ${cards.length} images in ${relative(projectDir, out) || out}: ${drawn} drawn, ${cards.length - drawn} unchanged`);

/** A document page's front-matter, as the ingest wrote it. */
function frontMatter(file: string): DocumentFacts {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end === -1) throw new Error(`${file}:1: no front-matter`);
  return DocumentSchema.parse(load(text.slice(4, end)));
}
