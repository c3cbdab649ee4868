/**
 * Links from bulletins must never break. Every URL a build publishes is
 * recorded in data/published-urls.txt; a build in which one of them is gone
 * fails, unless data/redirects.json says where it went. Redirects are written
 * into dist/: a page for a moved page, an anchor for a moved item, and a
 * `_redirects` file for hosts that read one. The page of a task an amendment
 * removed redirects to its tombstone on the document page, that of a task an
 * editor said is no task (data/corrections/) to its words there.
 *
 *   --dist DIR        the built site (default dist/)
 *   --data DIR        the reviewed data folder holding the lists below (default data/)
 *   --record          add this build's new URLs to data/published-urls.txt, every
 *                     id's words to data/id-lock.json (what the ingest binds ids to),
 *                     and each published text to data/versions/ (KB_RECORDED_ON=YYYY-MM-DD
 *                     dates the record; today by default)
 *   --list FILE       another list of published URLs (tests)
 *   --redirects FILE  another redirects file (tests)
 *   --lock FILE       another id lock (tests)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pathOption, siteAddressOrExit } from './lib/cli-options.ts';
import { publishedUrls, splitUrl } from './lib/published-urls.ts';
import { isRedirectPage, writeRedirects } from './lib/write-redirects.ts';
import { readOpenData } from './lib/open-data.ts';
import { partPageRedirects, recordIdLock, recordTargetLock, removedTaskRedirects } from './lib/id-lock.ts';
import { archiveVersions } from './lib/archive-versions.ts';
import { IdLockSchema, RedirectsSchema, VersionsSchema } from '../src/schema/index.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dist = pathOption('--dist', join(projectDir, 'dist'));
const { base } = siteAddressOrExit('links');
const dataDir = pathOption('--data', join(projectDir, 'data'));
const listPath = pathOption('--list', join(dataDir, 'published-urls.txt'));
const redirectsPath = pathOption('--redirects', join(dataDir, 'redirects.json'));
const lockPath = pathOption('--lock', join(dataDir, 'id-lock.json'));

const recorded = existsSync(listPath) ? readFileSync(listPath, 'utf8').split('\n').filter(Boolean) : [];
const recordedSet = new Set(recorded);
const declared = RedirectsSchema.parse(JSON.parse(readFileSync(redirectsPath, 'utf8')));
const data = readOpenData(dist);
// The page of a task an amendment removed sends the reader to its tombstone.
const removed = removedTaskRedirects(data, (document, id) => `/nhiem-vu/${document}/${id}/`).filter((redirect) => recordedSet.has(redirect.from));
const urls = publishedUrls(dist, base, data);
const redirectPages = new Set(urls.filter((url) => isRedirectPage(dist, url)));
const built = new Set(urls.filter((url) => !redirectPages.has(url)));
const redirects = [...declared, ...removed, ...partPageRedirects(recorded, built)];
// A redirect page an earlier run wrote into this dist/ (npm run record-urls after a build) is no page of the build.
const redirected = new Set(redirects.map((redirect) => redirect.from));
const current = new Set(urls.filter((url) => !(redirected.has(url) && redirectPages.has(url))));

const problems: string[] = [];
for (const redirect of redirects) {
  if (!current.has(redirect.to)) problems.push(`data/redirects.json: redirect target ${redirect.to} is not published by this build`);
  if (current.has(redirect.from)) problems.push(`data/redirects.json: ${redirect.from} is still published; remove its redirect`);
}
const vanished = recorded.filter((url) => !current.has(url) && !redirected.has(url));
// A whole document gone is said once, with the ways to keep its links.
const published = new Set(data.documents.map((document) => document.id));
const gone = existsSync(join(dataDir, 'versions.json'))
  ? Object.keys(VersionsSchema.parse(JSON.parse(readFileSync(join(dataDir, 'versions.json'), 'utf8')))).filter((id) => !published.has(id))
  : [];
for (const id of gone) {
  const urls = vanished.filter((url) => documentOfUrl(url) === id);
  if (urls.length === 0) continue;
  problems.push(
    `data/published-urls.txt: document ${id} is gone from this build with its ${urls.length} published URLs; put its seed back, let the plan that replaces or repeals it say so in its text (\`Kế hoạch này thay thế Kế hoạch số …\`, or \`replaces\` in data/document-facts.json), or retire it: npm run retire -- ${id} --why "…"`,
  );
}
const single = vanished.filter((url) => !gone.includes(documentOfUrl(url) ?? ''));
for (const url of single.slice(0, 30)) {
  problems.push(`data/published-urls.txt: published URL ${url} is gone from this build; restore it or declare its new place in data/redirects.json`);
}
if (single.length > 30) problems.push(`… and ${single.length - 30} more published URLs gone`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`[links] ${problem}`);
  process.exit(1);
}

writeRedirects(dist, base, redirects, splitUrl);
const fresh = [...current].filter((url) => !recordedSet.has(url));
if (args.includes('--record')) {
  writeFileSync(listPath, `${[...new Set([...recorded, ...fresh])].sort().join('\n')}\n`);
  const previousLock = existsSync(lockPath) ? IdLockSchema.parse(JSON.parse(readFileSync(lockPath, 'utf8'))) : {};
  writeFileSync(lockPath, `${JSON.stringify(recordIdLock(dist, previousLock), null, 1)}\n`);
  const targetLockPath = join(dataDir, 'target-lock.json');
  const previousTargets = existsSync(targetLockPath) ? IdLockSchema.parse(JSON.parse(readFileSync(targetLockPath, 'utf8'))) : {};
  writeFileSync(targetLockPath, `${JSON.stringify(recordTargetLock(dist, previousTargets), null, 1)}\n`);
  const versionsPath = join(dataDir, 'versions.json');
  const previousVersions = existsSync(versionsPath) ? VersionsSchema.parse(JSON.parse(readFileSync(versionsPath, 'utf8'))) : {};
  const today = process.env.KB_RECORDED_ON ?? new Date().toISOString().slice(0, 10);
  writeFileSync(versionsPath, `${JSON.stringify(archiveVersions(dist, projectDir, dataDir, previousVersions, today), null, 2)}\n`);
  console.log(
    `[links] recorded ${fresh.length} new URLs in data/published-urls.txt, every id's words in data/id-lock.json and each published text in data/versions/`,
  );
} else {
  console.log(
    `[links] ${current.size} URLs published, none lost, ${redirects.length} redirects` +
      (fresh.length > 0 ? `; ${fresh.length} new URLs not yet recorded (npm run record-urls)` : ''),
  );
}

/** The document a URL of its pages belongs to: `/<document>/…`, `/nhiem-vu/<document>/…`. */
function documentOfUrl(url: string): string | null {
  const [first, second] = splitUrl(url).path.split('/').filter(Boolean);
  return first === 'nhiem-vu' ? (second ?? null) : (first ?? null);
}
