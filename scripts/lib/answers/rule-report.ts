import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { loadReferenceData } from '../../../src/ingest/reference-data.ts';
import { TASK_PASSES } from '../../../src/ingest/extract/extract-tasks.ts';
import { TASK_RULES } from '../../../src/ingest/extract/rules/index.ts';
import { ANSWERS_DIR, ingestSeedsAndCorpus, scoredRecords } from './ingest-corpus.ts';
import { readAnswers, type Answers } from './read-answers.ts';
import { scoreAnswers, type Figures, type Score } from './score-answers.ts';

/** The figures a rule can move, as the report names them (extras: fewer is better). */
const MOVED: ReadonlyArray<readonly [keyof Figures, string]> = [
  ['found', 'tasks'],
  ['lead', 'lead'],
  ['support', 'support'],
  ['timeframe', 'timeframe'],
  ['extraTasks', 'extra'],
  ['responsibilitiesFound', 'responsibilities'],
  ['targetsFound', 'targets'],
  ['header', 'header'],
];

export interface RuleReport {
  rule: string;
  /** Answered plans it decides a block in, with how many blocks. */
  answered: Map<string, number>;
  /** Seeds and plans without answers it fires in. */
  unanswered: Map<string, number>;
  /** Fixtures of tests/fixtures/ (layouts cut from plans or written in the genre) it fires in. */
  fixtures: string[];
  /** Per answered plan, what turning the rule off changes (only the figures it moves). */
  moves: Map<string, Partial<Record<string, number>>>;
}

/**
 * Every extraction rule: where it fires, and what the answers lose (or gain)
 * when it is turned off, plan by plan. A rule that fires in one answered plan
 * only is named, so that it is justified by a second layout of its kind or a
 * note on why the layout is rare.
 */
export function reportRules(projectDir: string): RuleReport[] {
  const answers = readAnswers(join(projectDir, ANSWERS_DIR));
  const answered = new Set(answers.documents.map((row) => row.file!));
  const firing = new Map<string, Map<string, number>>();
  const baseline = run(projectDir, answers, new Set(), (file, rule) => {
    const counts = firing.get(rule) ?? new Map<string, number>();
    counts.set(file, (counts.get(file) ?? 0) + 1);
    firing.set(rule, counts);
  });
  const names = [...TASK_RULES.map((rule) => rule.name), ...TASK_PASSES];
  const inFixtures = fixtureFirings(projectDir);
  return names.map((rule) => {
    const counts = firing.get(rule) ?? new Map<string, number>();
    const without = counts.size > 0 ? run(projectDir, answers, new Set([rule])) : baseline;
    const moves = new Map<string, Partial<Record<string, number>>>();
    for (const [index, document] of baseline.documents.entries()) {
      const changed = difference(document.figures, without.documents[index]!.figures);
      if (Object.keys(changed).length > 0) moves.set(document.file, changed);
    }
    const [inAnswered, elsewhere] = [new Map<string, number>(), new Map<string, number>()];
    for (const [file, count] of counts) (answered.has(file) ? inAnswered : elsewhere).set(file, count);
    return { rule, answered: inAnswered, unanswered: elsewhere, fixtures: inFixtures.get(rule) ?? [], moves };
  });
}

/** Which rules fire in each fixture of tests/fixtures/. */
function fixtureFirings(projectDir: string): Map<string, string[]> {
  const folder = join(projectDir, 'tests/fixtures');
  const data = { ...loadReferenceData(join(projectDir, 'data')), idLock: {}, targetLock: {}, versions: {} };
  const firings = new Map<string, string[]>();
  for (const name of readdirSync(folder).sort()) {
    const input = join(folder, name, 'input.txt');
    if (name.startsWith('bad-') || !existsSync(input)) continue;
    const bytes = readFileSync(input);
    const seen = new Set<string>();
    ingest([{ path: `tests/fixtures/${name}/input.txt`, load: () => bytes }], data, { rules: () => ({ off: new Set(), fired: (rule) => seen.add(rule) }) });
    for (const rule of seen) firings.set(rule, [...(firings.get(rule) ?? []), name]);
  }
  return firings;
}

function run(projectDir: string, answers: Answers, off: Set<string>, fired?: (file: string, rule: string) => void): Score {
  const { result } = ingestSeedsAndCorpus(projectDir, {
    rules: (path) => ({ off, ...(fired ? { fired: (rule: string) => fired(basename(path), rule) } : {}) }),
  });
  return scoreAnswers(scoredRecords(result.content!), answers);
}

/** What the rule's absence does to each figure: negative where the rule earns its place. */
function difference(withRule: Figures, without: Figures): Partial<Record<string, number>> {
  const changed: Partial<Record<string, number>> = {};
  for (const [figure, name] of MOVED) {
    const delta = without[figure] - withRule[figure];
    if (delta !== 0) changed[name] = delta;
  }
  return changed;
}

/** The report as `npm run score -- --rules` prints it. */
export function formatRuleReport(reports: RuleReport[]): string {
  const short = (file: string) => file.replace(/^(\d+)-.*$/u, '$1');
  const counted = (counts: Map<string, number>) => [...counts].map(([file, count]) => `${short(file)} (${count})`).join(', ') || 'none';
  const lines: string[] = [];
  for (const { rule, answered, unanswered, fixtures, moves } of reports) {
    const flag = answered.size === 1 ? '  ← fires in one answered plan only' : answered.size === 0 ? '  ← fires in no answered plan' : '';
    lines.push(`${rule}${flag}`);
    lines.push(`  fires in answered plans: ${counted(answered)}`);
    if (unanswered.size > 0) lines.push(`  and in: ${counted(unanswered)}`);
    lines.push(`  and in fixtures: ${fixtures.join(', ') || 'none'}`);
    const moved = [...moves].map(([file, changed]) => `${short(file)} ${Object.entries(changed).map(([name, delta]) => `${name} ${delta! > 0 ? '+' : ''}${delta}`).join(' ')}`);
    lines.push(`  turned off: ${moved.length > 0 ? moved.join(' · ') : 'no answer changes'}`);
  }
  const single = reports.filter((report) => report.answered.size <= 1).map((report) => `${report.rule} (fixtures: ${report.fixtures.join(', ') || 'none'})`);
  lines.push('', `rules that fire in one answered plan or none: ${single.join('; ') || 'none'}`);
  return lines.join('\n');
}
