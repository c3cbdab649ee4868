/**
 * npm run ingest: seeds/ → content/. Prints a report per document, every
 * message as `file:line:col: severity: reason (stage:rule)`, and the time per
 * stage. Exits 1 when any message is fatal (content/ is then left as it was).
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathOption } from './lib/cli-options.ts';
import { runIngest } from '../src/ingest/pipeline.ts';
import { formatMessage } from '../src/ingest/messages.ts';
import { ReferenceDataError } from '../src/ingest/reference-data.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const seedsDir = pathOption('--seeds', join(projectDir, 'seeds'));
if (!existsSync(seedsDir)) {
  console.error(`[ingest] ${seedsDir}: no such folder of seed texts`);
  process.exit(1);
}

let result;
try {
  result = runIngest({
    projectDir,
    seedsDir,
    outDir: pathOption('--out', join(projectDir, 'content')),
    dataDir: pathOption('--data', join(projectDir, 'data')),
  });
} catch (error) {
  if (!(error instanceof ReferenceDataError)) throw error;
  console.error(`[ingest] ${error.message}`);
  process.exit(1);
}

for (const document of result.content?.documents ?? []) {
  const { facts, coverage } = document;
  const counts = facts.counts;
  const percent = coverage.lines === 0 ? 100 : (100 * coverage.covered) / coverage.lines;
  console.log(`[ingest] ${document.path} → ${facts.id} (${facts.kind}, ${facts.province ?? 'chưa rõ tỉnh'})`);
  console.log(
    `[ingest]   sections ${counts.sections} · tasks ${counts.tasks} (with lead ${counts.tasksWithLead}, without ${counts.tasks - counts.tasksWithLead})` +
      ` · targets ${counts.targets} · responsibilities ${counts.responsibilities} · cited documents ${counts.references}` +
      ` · coverage ${coverage.covered}/${coverage.lines} lines (${percent.toFixed(1)}%)`,
  );
}
for (const message of result.messages) {
  (message.severity === 'fatal' ? console.error : console.log)(formatMessage(message));
}
const timings = [...result.timings.entries()].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(' · ');
console.log(`[ingest] stages: ${timings} · peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
if (!result.written) {
  console.error('[ingest] failed: content/ left unchanged');
  process.exit(1);
}
const content = result.content!;
console.log(
  `[ingest] wrote ${content.documents.length} documents, ${content.tasks.length} tasks, ${content.targets.length} targets, ` +
    `${content.responsibilities.length} responsibilities, ${content.agencies.length} agencies, ${content.references.length} cited documents`,
);
