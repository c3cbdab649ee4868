import { basename } from 'node:path';
import type { AnswerRow, Answers } from './read-answers.ts';

/**
 * Score an ingest against hand-checked answers with the matching of
 * ../shared/tools/score-gold.py (its docstring says how): tasks by a folded
 * snippet contained in the task's text, the best candidate by lead, timeframe
 * and support; agencies by folded name, equal or one containing the other;
 * targets by snippet and equal value. A field starting with `?` is not scored.
 */

/** What the scorer reads of the ingest's records (the open data carries the same fields). */
export interface ScoredRecords {
  documents: Array<{
    id: string;
    source: string;
    number: string | null;
    date: string | null;
    province: string | null;
    issuer: string | null;
    signer: string | null;
    kind: string;
    implements: string[];
  }>;
  tasks: Array<{ id: string; document: string; text: string; lead: string[]; support: string[]; timeframe: { raw: string } | null }>;
  responsibilities: Array<{ document: string; agency: string }>;
  targets: Array<{ document: string; text: string; value: number | null }>;
}

export interface Figures {
  documents: number;
  absent: number;
  /** Documents whose header facts (number, date, province, issuer, signer, kind, implements) are all right. */
  header: number;
  tasks: number;
  found: number;
  leadScored: number;
  lead: number;
  supportScored: number;
  support: number;
  timeframeScored: number;
  timeframe: number;
  responsibilities: number;
  responsibilitiesFound: number;
  targets: number;
  targetsFound: number;
  /** Exported tasks of answered documents that no answer holds. */
  extraTasks: number;
  exportedTasks: number;
}

export interface DocumentScore {
  file: string;
  figures: Figures;
  /** `N D P I S K i`: a capital for each header fact that is right. */
  header: string;
  misses: string[];
}

export interface Score {
  figures: Figures;
  documents: DocumentScore[];
}

const HEADER_FACTS = ['number', 'date', 'province', 'issuer', 'signer', 'kind', 'implements'] as const;

export function scoreAnswers(records: ScoredRecords, answers: Answers): Score {
  const goldTasks = answers.tasks.filter((task) => scored(task.snippet!));
  const goldTargets = answers.targets.filter((target) => scored(target.snippet!) && scored(target.value!));
  // A task quoted with `?` (no unique words) is neither scored nor counted as an extra export.
  const unsure = new Map<string, string[]>();
  for (const task of answers.tasks.filter((row) => !scored(row.snippet!))) {
    unsure.set(task.file!, [...(unsure.get(task.file!) ?? []), fold(task.snippet!.replace(/^\?/u, ''))]);
  }
  const byFile = new Map<string, ScoredRecords['documents']>();
  for (const document of records.documents) {
    const file = basename(document.source ?? '');
    byFile.set(file, [...(byFile.get(file) ?? []), document]);
  }
  const documents = answers.documents.map((gold) => {
    const hits = byFile.get(gold.file!) ?? [];
    return scoreDocument(
      gold,
      hits,
      records,
      goldTasks.filter((task) => task.file === gold.file),
      answers.responsibilities.filter((row) => row.file === gold.file),
      goldTargets.filter((target) => target.file === gold.file),
      unsure.get(gold.file!) ?? [],
      answers.incomplete.has(gold.file!),
    );
  });
  return { figures: sumFigures(documents.map((document) => document.figures)), documents };
}

function scoreDocument(
  gold: AnswerRow,
  hits: ScoredRecords['documents'],
  records: ScoredRecords,
  goldTasks: AnswerRow[],
  goldResponsibilities: AnswerRow[],
  goldTargets: AnswerRow[],
  unsure: string[],
  incomplete: boolean,
): DocumentScore {
  const tally: Tally = { file: gold.file!, figures: emptyFigures(), misses: [] };
  tally.figures.documents = 1;
  const document = hits.length === 1 ? hits[0]! : null;
  let header: string;
  if (document) header = scoreHeader(gold, document, tally);
  else {
    tally.figures.absent = 1;
    header = hits.length === 0 ? 'absent' : `${hits.length} documents`;
  }
  const own = <T extends { document: string }>(list: T[]) => (document ? list.filter((record) => record.document === document.id) : []);
  scoreTasks(goldTasks, own(records.tasks), { unsure, incomplete }, tally);
  scoreResponsibilities(goldResponsibilities, own(records.responsibilities), tally);
  scoreTargets(goldTargets, own(records.targets), tally);
  return { file: tally.file, figures: tally.figures, header, misses: tally.misses };
}

/** One document's figures and misses as they are counted. */
interface Tally {
  file: string;
  figures: Figures;
  misses: string[];
}

function scoreHeader(gold: AnswerRow, document: ScoredRecords['documents'][number], { file, figures, misses }: Tally): string {
  const checks = headerChecks(gold, document);
  figures.header = Number(HEADER_FACTS.every((fact) => checks[fact]));
  for (const fact of HEADER_FACTS) {
    if (!checks[fact]) misses.push(`${file}: ${fact}: expected ${quote(gold[fact]!)}, export says ${pythonValue(document[fact])}`);
  }
  return HEADER_FACTS.map((fact) => (checks[fact] ? fact[0]!.toUpperCase() : fact[0]!)).join(' ');
}

/** Each answer task matched to an exported one holding its snippet (a free one first), then its lead, support and timeframe compared. */
function scoreTasks(
  goldTasks: AnswerRow[],
  mine: ScoredRecords['tasks'],
  { unsure, incomplete }: { unsure: string[]; incomplete: boolean },
  { file, figures, misses }: Tally,
): void {
  const matched = new Set<number>();
  for (const task of goldTasks) {
    figures.tasks++;
    figures.leadScored += Number(scored(task.lead!));
    figures.supportScored += Number(scored(task.support!));
    figures.timeframeScored += Number(scored(task.timeframe!));
    const key = fold(task.snippet!);
    const candidates = mine.map((record, index) => [index, record] as const).filter(([, record]) => fold(record.text).includes(key));
    const free = candidates.filter(([index]) => !matched.has(index));
    const pool = free.length > 0 ? free : candidates;
    const best = pool.reduce<(typeof pool)[number] | null>((winner, candidate) => (winner && compareCandidates(task, winner, candidate) >= 0 ? winner : candidate), null);
    if (!best) {
      misses.push(`${file}: task not found: ${quote(task.snippet!)} (${task.where})`);
      continue;
    }
    matched.add(best[0]);
    figures.found++;
    const record = best[1];
    if (scored(task.lead!)) {
      if (agenciesMatch(split(task.lead!), record.lead)) figures.lead++;
      else misses.push(`${file}: lead of ${quote(task.snippet!)}: expected ${pythonList(split(task.lead!))}, export ${pythonList(record.lead)}`);
    }
    if (scored(task.support!)) {
      if (agenciesMatch(split(task.support!), record.support)) figures.support++;
      else misses.push(`${file}: support of ${quote(task.snippet!)}: expected ${pythonList(split(task.support!))}, export ${pythonList(record.support)}`);
    }
    if (scored(task.timeframe!)) {
      const raw = record.timeframe?.raw ?? null;
      if (timeframeMatches(task.timeframe!, raw)) figures.timeframe++;
      else misses.push(`${file}: timeframe of ${quote(task.snippet!)}: expected ${quote(task.timeframe!)}, export ${raw === null ? 'None' : quote(raw)}`);
    }
  }
  if (goldTasks.length > 0 && !incomplete) {
    const extra = mine.filter((record, index) => !matched.has(index) && !unsure.some((words) => fold(record.text).includes(words)));
    figures.extraTasks = extra.length;
    figures.exportedTasks = mine.length;
    for (const record of extra) misses.push(`${file}: exported task not in the answers: ${record.id} ${quote(record.text.slice(0, 70))}`);
  }
}

function scoreResponsibilities(goldResponsibilities: AnswerRow[], mine: ScoredRecords['responsibilities'], { file, figures, misses }: Tally): void {
  for (const row of goldResponsibilities) {
    figures.responsibilities++;
    if (mine.some((record) => sameAgency(row.agency!, record.agency))) figures.responsibilitiesFound++;
    else misses.push(`${file}: responsibility not found: ${quote(row.agency!)} (${row.where}, ${row.layout})`);
  }
}

function scoreTargets(goldTargets: AnswerRow[], mine: ScoredRecords['targets'], { file, figures, misses }: Tally): void {
  for (const row of goldTargets) {
    figures.targets++;
    const key = fold(row.snippet!);
    const near = mine.filter((record) => fold(record.text).includes(key));
    const value = leadingNumber(row.value!);
    if (near.some((record) => record.value !== null && Math.abs(record.value - value) < 1e-9)) figures.targetsFound++;
    else {
      misses.push(
        `${file}: target not found: ${quote(row.snippet!)} = ${row.value} ${row.unit}` +
          (near.length > 0 ? ` (same text exported with values [${near.map((record) => pythonNumber(record.value)).join(', ')}])` : ''),
      );
    }
  }
}

function headerChecks(gold: AnswerRow, document: ScoredRecords['documents'][number]): Record<(typeof HEADER_FACTS)[number], boolean> {
  const province = gold.province
    ? fold(document.province).replace(/^(?:tinh|thanh pho) /u, '') === fold(gold.province)
    : ['', 'toan quoc', 'trung uong'].includes(fold(document.province));
  // A number left blank in the copy (`Số:    /KH-UBND`) is right when the export has none or the same.
  const blank = !/\d/u.test(gold.number!);
  return {
    number: bare(document.number) === bare(gold.number) || (blank && !document.number),
    date: (document.date ?? '') === gold.date,
    province,
    issuer: agencyKey(document.issuer) === agencyKey(gold.issuer),
    signer: fold(document.signer) === fold(gold.signer),
    kind: fold(document.kind) === fold(gold.kind),
    implements: split(gold.implements!).every((number) => document.implements.some((cited) => bare(cited) === bare(number))),
  };
}

/** score-gold.py's `max(free, key=score)`: more fields right, then the shorter text, then the earlier task. */
function compareCandidates(
  task: AnswerRow,
  [indexA, a]: readonly [number, ScoredRecords['tasks'][number]],
  [indexB, b]: readonly [number, ScoredRecords['tasks'][number]],
): number {
  const rightFields = (record: ScoredRecords['tasks'][number]) =>
    Number(scored(task.lead!) && agenciesMatch(split(task.lead!), record.lead)) +
    Number(scored(task.timeframe!) && timeframeMatches(task.timeframe!, record.timeframe?.raw ?? null)) +
    Number(scored(task.support!) && agenciesMatch(split(task.support!), record.support));
  return rightFields(a) - rightFields(b) || b.text.length - a.text.length || indexB - indexA;
}

export function fold(text: string | null | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replaceAll('đ', 'd')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function bare(text: string | null | undefined): string {
  return fold(text)
    .replaceAll('&', ' va ')
    .replace(/[^\p{L}\p{N} ]|_/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bubnd\b/gu, 'uy ban nhan dan'],
  [/\bhdnd\b/gu, 'hoi dong nhan dan'],
  [/\bkh va cn\b|\bkhcn\b/gu, 'khoa hoc va cong nghe'],
  [/\bgd va dt\b|\bgddt\b/gu, 'giao duc va dao tao'],
  [/\bnn va mt\b/gu, 'nong nghiep va moi truong'],
  [/\bubmttq\b/gu, 'uy ban mat tran to quoc'],
  [/\bmttq\b/gu, 'mat tran to quoc'],
  [/\bchqs\b/gu, 'chi huy quan su'],
];

function agencyKey(name: string | null | undefined): string {
  let key = bare(name);
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full);
  return key.replace(/^(?:de nghi|giao|khuyen khich)\s+/u, '');
}

export function sameAgency(gold: string, exported: string): boolean {
  const a = agencyKey(gold);
  const b = agencyKey(exported);
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (short.length >= 8 && long.includes(short) && long.length <= 3 * short.length);
}

export function agenciesMatch(gold: string[], exported: string[]): boolean {
  const expected = gold.filter((name) => name.trim());
  const given = exported.filter((name) => name.trim());
  return expected.every((name) => given.some((other) => sameAgency(name, other))) && given.every((other) => expected.some((name) => sameAgency(name, other)));
}

export function timeframeMatches(gold: string, exported: string | null): boolean {
  const g = bare(gold);
  const p = bare(exported);
  if (!g || !p) return !g && !p;
  return p.includes(g) || (g.includes(p) && p.length >= 0.6 * g.length);
}

const scored = (value: string) => !value.startsWith('?');
const split = (value: string) =>
  value
    .replace(/^\?/u, '')
    .split(';')
    .filter((part) => part.trim());
const leadingNumber = (value: string) => Number(value.trim().split(/\s*-\s*/u)[0]);
/** Python's repr of a string, a list and a value, as score-gold.py prints them. */
const quote = (text: string) => (text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replaceAll("'", "\\'")}'`);
const pythonList = (items: string[]) => `[${items.map(quote).join(', ')}]`;
const pythonNumber = (value: number | null) => (value === null ? 'None' : String(value));
const pythonValue = (value: string | string[] | null) => (value === null ? 'None' : Array.isArray(value) ? pythonList(value) : quote(value));

function emptyFigures(): Figures {
  return {
    documents: 0,
    absent: 0,
    header: 0,
    tasks: 0,
    found: 0,
    leadScored: 0,
    lead: 0,
    supportScored: 0,
    support: 0,
    timeframeScored: 0,
    timeframe: 0,
    responsibilities: 0,
    responsibilitiesFound: 0,
    targets: 0,
    targetsFound: 0,
    extraTasks: 0,
    exportedTasks: 0,
  };
}

function sumFigures(all: Figures[]): Figures {
  const sum = emptyFigures();
  for (const figures of all) for (const key of Object.keys(sum) as Array<keyof Figures>) sum[key] += figures[key];
  return sum;
}
