/**
 * npm run ingest: seeds/ → content/. Prints a report per document and a
 * summary line, every message as `file:line:col: severity: reason (stage:rule)`,
 * and the time per stage. A document with a fatal message is left out and the
 * others are written; with `--strict`, or when nothing is left to write, it
 * exits 1 and content/ is left as it was.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathOption } from './lib/cli-options.ts';
import { runIngest } from '../src/ingest/pipeline.ts';
import { openParseCache, parserVersion } from '../src/ingest/parse-cache.ts';
import { formatMessage } from '../src/ingest/messages.ts';
import { ReferenceDataError } from '../src/ingest/reference-data.ts';
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
// and by the version of everything parsing reads; --no-cache parses every file.
const cache = process.argv.includes('--no-cache')
  ? undefined
  : openParseCache(
      pathOption('--cache', join(dirname(outDir), '.cache', 'ingest')),
      parserVersion(projectDir, [join(projectDir, 'src/ingest'), join(projectDir, 'src/schema'), join(projectDir, 'src/lib/fold-vietnamese.ts'), join(projectDir, 'package-lock.json'), dataDir], (path) =>
        !/(?:^|[\\/])(?:versions[\\/]|published-urls\.txt$)/u.test(path),
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
  });
} catch (error) {
  if (!(error instanceof ReferenceDataError)) throw error;
  console.error(`[ingest] ${error.message}`);
  process.exit(1);
}

const reports = result.content ? reportDocuments(result.content, result.messages) : [];
for (const report of reports) {
  const { facts, coverage } = report;
  const found = (Object.keys(facts) as Array<keyof typeof facts>).map((key) => `${key} ${facts[key] ? 'yes' : 'NO'}`).join(', ');
  const percent = coverage.lines === 0 ? 100 : (100 * coverage.covered) / coverage.lines;
  console.log(`[ingest] ${report.path} → ${report.id} (${found})`);
  console.log(
    `[ingest]   tasks ${report.tasks} (with lead ${report.withLead}, with timeframe ${report.withTimeframe})` +
      ` · responsibilities ${report.responsibilities} · targets ${report.targets} · warnings ${report.warnings}` +
      ` · texts with extractor artefacts ${report.artefacts} · coverage ${coverage.covered}/${coverage.lines} lines (${percent.toFixed(1)}%)`,
  );
}
// A file with hand-checked answers (tests/corpus/answers/, or --answers DIR) is scored as `npm run score` scores it.
if (result.content) {
  const answers = readAnswers(pathOption('--answers', join(projectDir, ANSWERS_DIR)));
  const ingested = new Set(result.content.documents.map((entry) => basename(entry.path)));
  answers.documents = answers.documents.filter((row) => ingested.has(row.file!));
  for (const document of scoreAnswers(scoredRecords(result.content), answers).documents) console.log(`[ingest]   answers: ${formatDocumentScore(document)}`);
}
for (const message of result.messages) {
  (message.severity === 'fatal' ? console.error : console.log)(formatMessage(message));
}
if (cache) {
  const { reused, parsed } = cache.close();
  console.log(`[ingest] cache: ${reused} of ${reused + parsed} files reused unchanged, ${parsed} parsed`);
}
const timings = [...result.timings.entries()].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(' · ');
console.log(`[ingest] stages: ${timings} · peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
if (reports.length > 0) console.log(`[ingest] summary: ${summariseReports(reports)}`);
for (const path of result.leftOut) console.error(`[ingest] ${path}: left out for the errors above`);
if (!result.written) {
  console.error('[ingest] failed: content/ left unchanged');
  process.exit(1);
}
// Written without the documents left out: a distinct status, so that the build goes on and says so.
if (result.leftOut.length > 0) process.exitCode = EXIT_LEFT_OUT;
const content = result.content!;
console.log(
  `[ingest] wrote ${content.documents.length} documents, ${content.tasks.length} tasks, ${content.targets.length} targets, ` +
    `${content.responsibilities.length} responsibilities, ${content.agencies.length} agencies, ${content.references.length} cited documents`,
);
