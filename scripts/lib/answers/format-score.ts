import type { DocumentScore, Figures, Score } from './score-answers.ts';

const percent = (count: number, total: number) => (total ? `${count}/${total} (${roundHalfEven((100 * count) / total)}%)` : '-');

/** Python's `format(x, '.0f')`: a half rounds to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (Math.abs(fraction - 0.5) > 1e-9) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

/** One document's line, as score-gold.py prints it. */
export function formatDocumentScore({ file, figures: f, header }: DocumentScore): string {
  return (
    `${file}: header[${header}] tasks[${percent(f.found, f.tasks)}, lead ${f.lead}/${f.leadScored}, support ${f.support}/${f.supportScored}, ` +
    `timeframe ${f.timeframe}/${f.timeframeScored}; ${f.extraTasks} exported not in the answers] ` +
    `responsibilities[${percent(f.responsibilitiesFound, f.responsibilities)}] targets[${percent(f.targetsFound, f.targets)}]`
  );
}

/** The summary line, as score-gold.py prints it. */
export function formatFigures(f: Figures): string {
  return (
    `answers: ${f.documents} documents (${f.absent} not built) · header facts all right ${f.header}/${f.documents}` +
    ` · tasks found ${percent(f.found, f.tasks)} · lead ${percent(f.lead, f.leadScored)} · support ${percent(f.support, f.supportScored)}` +
    ` · timeframe ${percent(f.timeframe, f.timeframeScored)} · exported tasks not in the answers ${f.extraTasks}/${f.exportedTasks}` +
    ` · responsibilities ${percent(f.responsibilitiesFound, f.responsibilities)} · targets ${percent(f.targetsFound, f.targets)}`
  );
}

/** The figures the ratchet holds, as whole-number percentages (extras: lower is better). */
export function ratchetFigures(f: Figures): Record<string, number> {
  const share = (count: number, total: number) => (total ? Math.floor((1000 * count) / total) / 10 : 100);
  return {
    header: f.header,
    tasksFound: share(f.found, f.tasks),
    lead: share(f.lead, f.leadScored),
    support: share(f.support, f.supportScored),
    timeframe: share(f.timeframe, f.timeframeScored),
    responsibilities: share(f.responsibilitiesFound, f.responsibilities),
    targets: share(f.targetsFound, f.targets),
    extraTasks: f.exportedTasks ? Math.ceil((1000 * f.extraTasks) / f.exportedTasks) / 10 : 0,
  };
}

export function formatScore(score: Score, detail: boolean): string {
  const lines = score.documents.map(formatDocumentScore);
  if (detail) lines.push('--- detail', ...score.documents.flatMap((document) => document.misses));
  lines.push(formatFigures(score.figures));
  return lines.join('\n');
}
