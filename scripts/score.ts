/**
 * npm run score: ingest the seeds and tests/corpus/ together and score the
 * result against the hand-checked answers in tests/corpus/answers/, as
 * ../shared/tools/score-gold.py scores a built site.
 *
 *   --detail   list every miss
 *   --json     print the figures
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ANSWERS_DIR, ingestSeedsAndCorpus, scoredRecords } from './lib/answers/ingest-corpus.ts';
import { readAnswers } from './lib/answers/read-answers.ts';
import { scoreAnswers } from './lib/answers/score-answers.ts';
import { formatScore } from './lib/answers/format-score.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const { result } = ingestSeedsAndCorpus(projectDir);
if (!result.content) {
  console.error('[score] the ingest wrote nothing: run `npm run ingest -- --seeds tests/corpus` to see why');
  process.exit(1);
}
const score = scoreAnswers(scoredRecords(result.content), readAnswers(join(projectDir, ANSWERS_DIR)));
console.log(process.argv.includes('--json') ? JSON.stringify(score.figures) : formatScore(score, process.argv.includes('--detail')));
