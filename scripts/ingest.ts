/**
 * npm run ingest: seeds/ → content/. Prints a line per document (what it
 * holds, its warnings counted), every error as `file:line:col: error: reason
 * (stage:rule)`, the time per stage and a summary. Warnings and notes are in
 * the report file beside content/ (`.cache/ingest-report.txt`), and printed
 * with `--verbose`. A document with an error is left out and the others are
 * written; with `--strict`, or when nothing is left to write, it exits 1 and
 * content/ is left as it was. `--open-data DIR` also writes the site's open
 * data there (what dist/api/ will hold), for the build.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { optionalPathOption, pathOption, siteAddressOrExit } from './lib/cli-options.ts';
import { readReviewed, writeOpenData } from './lib/open-data.ts';
import { runIngest } from '../src/ingest/pipeline.ts';
import { openParseCache, parserVersion } from '../src/ingest/parse-cache.ts';
import { formatMessage } from '../src/ingest/messages.ts';
import { ReferenceDataError } from '../src/ingest/reference-data.ts';
import { CORRECTIONS_FOLDER } from '../src/ingest/read/read-corrections.ts';
import { reportDocuments, summariseReports } from '../src/ingest/report.ts';
import { ANSWERS_DIR, scoredRecords } from './lib/answers/ingest-corpus.ts';
import { readAnswers } from './lib/answers/read-answers.ts';
import { scoreAnswers } from './lib/answers/score-answers.ts';
import { formatDocumentScore } from './lib/answers/format-score.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
/** content/ was written, but some documents were left out for errors of their own. */
const EXIT_LEFT_OUT = 2;

const seedsDir = pathOption('--seeds', join(projectDir, 'seeds'));
if (!existsSync(seedsDir)) {
  console.error(`[ingest] ${seedsDir}: no such folder of seed texts`);
  process.exit(1);
}

const dataDir = pathOption('--data', join(projectDir, 'data'));
const outDir = pathOption('--out', join(projectDir, 'content'));
// Parse results are kept in .cache/ingest beside the content folder (or --cache DIR), keyed by each file's bytes
// and by the version of everything parsing reads (not the archive, nor the editors' corrections, applied after
// parsing); --no-cache parses every file.
const cache = process.argv.includes('--no-cache')
  ? undefined
  : openParseCache(
      pathOption('--cache', join(dirname(outDir), '.cache', 'ingest')),
      parserVersion(projectDir, [join(projectDir, 'src/ingest'), join(projectDir, 'src/schema'), join(projectDir, 'src/lib'), join(projectDir, 'package-lock.json'), dataDir], (path) =>
        !/(?:^|[\\/])(?:versions[\\/]|corrections[\\/]|published-urls\.txt$)/u.test(path),
      ),
    );

let result;
try {
  result = runIngest({
    projectDir,
    seedsDir,
    outDir,
    dataDir,
    strict: process.argv.includes('--strict'),
    cache,
    onSlow: (line) => console.log(`[ingest] ${line}`),
  });
} catch (error) {
  if (!(error instanceof ReferenceDataError)) throw error;
  console.error(`[ingest] ${error.message}`);
  process.exit(1);
}

const reports = result.content ? reportDocuments(result.content, result.messages) : [];
for (const report of reports) {
  const { facts, coverage } = report;
  const missing = (Object.keys(facts) as Array<keyof typeof facts>).filter((key) => !facts[key]);
  const percent = coverage.lines === 0 ? 100 : (100 * coverage.covered) / coverage.lines;
  console.log(
    `[ingest] ${report.path} → ${report.id}: tasks ${report.tasks} (with lead ${report.withLead}, with timeframe ${report.withTimeframe})` +
      ` · responsibilities ${report.responsibilities} · targets ${report.targets} · coverage ${coverage.covered}/${coverage.lines} lines (${percent.toFixed(1)}%)` +
      (missing.length > 0 ? ` · not found: ${missing.join(', ')}` : '') +
      (report.warnings > 0 ? ` · ${report.warnings} warning${report.warnings > 1 ? 's' : ''}` : '') +
      (report.artefacts > 0 ? ` · texts with extractor artefacts ${report.artefacts}` : ''),
  );
}
// A file with hand-checked answers (tests/corpus/answers/, or --answers DIR) is scored as `npm run score` scores it.
if (result.content) {
  const answers = readAnswers(pathOption('--answers', join(projectDir, ANSWERS_DIR)));
  const ingested = new Set(result.content.documents.map((entry) => basename(entry.path)));
  answers.documents = answers.documents.filter((row) => ingested.has(row.file!));
  for (const document of scoreAnswers(scoredRecords(result.content), answers).documents) console.log(`[ingest]   answers: ${formatDocumentScore(document)}`);
}
// Errors always, and what is said of an editor's corrections (a stale one must be seen); other warnings and notes in
// the report file, and here with --verbose.
const verbose = process.argv.includes('--verbose');
for (const message of result.messages) {
  if (message.severity === 'fatal') console.error(formatMessage(message));
  else if (verbose || message.file.startsWith(`data/${CORRECTIONS_FOLDER}/`)) console.log(formatMessage(message));
}
const reportFile = join(dirname(outDir), '.cache', 'ingest-report.txt');
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, result.messages.map(formatMessage).join('\n') + (result.messages.length > 0 ? '\n' : ''));
const notes = result.messages.filter((message) => message.severity !== 'fatal').length;
if (cache) {
  const { reused, parsed } = cache.close();
  console.log(`[ingest] cache: ${reused} of ${reused + parsed} files reused unchanged, ${parsed} parsed`);
}
const timings = [...result.timings.entries()].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(' · ');
console.log(`[ingest] stages: ${timings} · peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
if (reports.length > 0) console.log(`[ingest] summary: ${summariseReports(reports)}`);
if (notes > 0 && !verbose) console.log(`[ingest] ${notes} warnings and notes in ${relative(process.cwd(), reportFile)} (npm run ingest -- --verbose prints them)`);
for (const path of result.leftOut) console.error(`[ingest] ${path}: left out for the errors above`);
if (!result.written) {
  console.error('[ingest] failed: content/ left unchanged');
  process.exit(1);
}
// Written without the documents left out: a distinct status, so that the build goes on and says so.
if (result.leftOut.length > 0) process.exitCode = EXIT_LEFT_OUT;
const content = result.content!;
// --open-data DIR: the site's open data (dist/api/*.json) written now, for the stages that read only it to start
// beside the Astro build (npm run build then moves it into the site).
const openDataDir = optionalPathOption('--open-data');
if (openDataDir) writeOpenData(openDataDir, content, readReviewed(projectDir), siteAddressOrExit('ingest').base);
console.log(
  `[ingest] wrote ${content.documents.length} documents, ${content.tasks.length} tasks, ${content.targets.length} targets, ` +
    `${content.responsibilities.length} responsibilities, ${content.agencies.length} agencies, ${content.references.length} cited documents`,
);
