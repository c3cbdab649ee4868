/**
 * npm run score: ingest the seeds and tests/corpus/ together and score the
 * result against the hand-checked answers in tests/corpus/answers/, as
 * ../shared/tools/score-gold.py scores a built site.
 *
 *   --detail      list every miss
 *   --json        print the figures
 *   --as pdf      read each plan from the PDF Chromium prints of it (as an office prints a plan)
 *   --as docx     read each plan from a Word file made of it (its numbers as Word numbering)
 *   --rules       for each extraction rule, the answered plans where it fires and what turning it off changes
 *
 * It also scores which items of Resolution 71-NQ/TW each task takes up against
 * tests/corpus/alignment/ (precision and recall of task → item links).
 */
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import { ANSWERS_DIR, ingestSeedsAndCorpus, planTexts, scoredRecords } from './lib/answers/ingest-corpus.ts';
import { readAnswers } from './lib/answers/read-answers.ts';
import { scoreAnswers } from './lib/answers/score-answers.ts';
import { formatScore } from './lib/answers/format-score.ts';
import { convertPlans, type OfficeFormat } from './lib/office/convert-plans.ts';
import { formatRuleReport, reportRules } from './lib/answers/rule-report.ts';
import { ALIGNMENT_DIR, readAlignmentAnswers, scoreAlignment } from './lib/answers/score-alignment.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
if (process.argv.includes('--rules')) {
  console.log(formatRuleReport(reportRules(projectDir)));
  process.exit(0);
}
const as = process.argv[process.argv.indexOf('--as') + 1];
if (process.argv.includes('--as') && as !== 'pdf' && as !== 'docx') {
  console.error(`[score] --as takes pdf or docx, not ${as ?? 'nothing'}`);
  process.exit(2);
}
const files = process.argv.includes('--as') ? await convertPlans(planTexts(projectDir), as as OfficeFormat) : undefined;
const { result } = ingestSeedsAndCorpus(projectDir, { files });
if (!result.content) {
  console.error('[score] the ingest wrote nothing: run `npm run ingest -- --seeds tests/corpus` to see why');
  process.exit(1);
}
const records = scoredRecords(result.content);
// The answers name each plan by its text's file: a plan read from its PDF or Word file is scored under that name.
records.documents = records.documents.map((document) => ({ ...document, source: document.source && basename(document.source).replace(/\.(?:pdf|docx)$/u, '.txt') }));
const score = scoreAnswers(records, readAnswers(join(projectDir, ANSWERS_DIR)));
console.log(process.argv.includes('--json') ? JSON.stringify(score.figures) : formatScore(score, process.argv.includes('--detail')));
// Which items of Resolution 71-NQ/TW each task takes up, against the hand-checked alignments (Cao Bằng's plans).
const content = result.content;
const alignment = scoreAlignment(readAlignmentAnswers(join(projectDir, ALIGNMENT_DIR)), content.tasks, (id) => content.documents.find((document) => document.facts.id === id)?.path ?? '');
if (!process.argv.includes('--json')) {
  const percent = (value: number) => `${(100 * value).toFixed(0)}%`;
  console.log(`alignment: ${alignment.found} links found · precision ${percent(alignment.precision)} · recall ${percent(alignment.recall)} (${alignment.extra} made besides, ${alignment.missed} missed, ${alignment.unmatched.length} answers unmatched)`);
  if (process.argv.includes('--detail')) for (const miss of alignment.misses) console.log(`  ${miss}`);
}
