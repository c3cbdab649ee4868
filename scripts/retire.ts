/**
 * npm run retire -- <document> --why "…" [--data DIR]: stop following a
 * published plan that no new plan replaces (its term is over, it was
 * withdrawn). It stays readable at every address it had, read from its last
 * archived text and marked as retired with the reason; its tasks leave the
 * agencies' to-do lists. Writes data/retired.json, a reviewed file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pathOption } from './lib/cli-options.ts';
import { RetiredSchema, VersionsSchema } from '../src/schema/index.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dataDir = pathOption('--data', join(projectDir, 'data'));
const why = args.includes('--why') ? args[args.indexOf('--why') + 1] : undefined;
const document = args.find((arg, index) => !arg.startsWith('--') && !['--why', '--data'].includes(args[index - 1] ?? ''));

function stop(message: string): never {
  console.error(`[retire] ${message}`);
  process.exit(1);
}

if (!document || !why?.trim()) stop('usage: npm run retire -- <document> --why "<reason, in Vietnamese, as the page will say it>"');
const versions = VersionsSchema.parse(JSON.parse(readFileSync(join(dataDir, 'versions.json'), 'utf8')));
if (!versions[document]) stop(`data/versions.json: no published document ${document}; only a document once published (npm run record-urls) can be retired`);
const path = join(dataDir, 'retired.json');
const retired = existsSync(path) ? RetiredSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
const entry = { document, why: why.trim(), retired: process.env.KB_RECORDED_ON ?? new Date().toISOString().slice(0, 10) };
const others = retired.filter((other) => other.document !== document);
writeFileSync(path, `${JSON.stringify([...others, entry].sort((a, b) => a.document.localeCompare(b.document)), null, 2)}\n`);
console.log(`[retire] ${document} is retired (${entry.why}); its seed may go. Review and commit data/retired.json, then build.`);
