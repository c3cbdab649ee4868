import type { Content } from '../schema/content.ts';
import type { Message } from './messages.ts';
import { EXTRACTOR_ARTEFACT } from './patterns/emphasis.ts';


/** What the ingest read from one document, as the report prints it. */
export interface DocumentReport {
  path: string;
  id: string;
  facts: { number: boolean; date: boolean; province: boolean; issuer: boolean; signer: boolean };
  tasks: number;
  withLead: number;
  withTimeframe: number;
  responsibilities: number;
  targets: number;
  warnings: number;
  /** Exported texts (tasks, responsibilities, targets, passages) that still hold `**` or a lone `|`. */
  artefacts: number;
  coverage: { lines: number; covered: number };
}

export function reportDocuments(content: Content, messages: Message[]): DocumentReport[] {
  // Each document's texts and warnings, gathered once (filtering every list for each document was quadratic in the plans).
  const texts = new Map<string, string[]>();
  for (const record of [...content.tasks, ...content.responsibilities, ...content.targets, ...content.passages]) {
    const own = texts.get(record.document);
    if (own) own.push(record.text);
    else texts.set(record.document, [record.text]);
  }
  const warnings = new Map<string, number>();
  for (const message of messages) if (message.severity === 'warning') warnings.set(message.file, (warnings.get(message.file) ?? 0) + 1);
  return content.documents.map(({ facts, coverage, path }) => {
    return {
      path,
      id: facts.id,
      facts: {
        number: facts.number !== null,
        date: facts.date !== null,
        province: facts.province !== null,
        issuer: facts.issuer !== null,
        signer: facts.signer !== null,
      },
      tasks: facts.counts.tasks,
      withLead: facts.counts.tasksWithLead,
      withTimeframe: facts.counts.tasksWithTimeframe,
      responsibilities: facts.counts.responsibilities,
      targets: facts.counts.targets,
      warnings: warnings.get(path) ?? 0,
      artefacts: (texts.get(facts.id) ?? []).filter((text) => EXTRACTOR_ARTEFACT.test(text)).length,
      coverage,
    };
  });
}

/** One line for a whole run: header facts found, tasks with lead and timeframe, artefacts left. */
export function summariseReports(reports: DocumentReport[]): string {
  const sum = (pick: (report: DocumentReport) => number) => reports.reduce((total, report) => total + pick(report), 0);
  const facts = (key: keyof DocumentReport['facts']) => `${key} ${sum((report) => Number(report.facts[key]))}/${reports.length}`;
  const tasks = sum((report) => report.tasks);
  const percent = (count: number) => (tasks === 0 ? '–' : `${Math.round((100 * count) / tasks)}%`);
  const lines = sum((report) => report.coverage.lines);
  const covered = sum((report) => report.coverage.covered);
  return (
    `${reports.length} documents · ${facts('number')}, ${facts('date')}, ${facts('province')}, ${facts('issuer')}, ${facts('signer')}` +
    ` · tasks ${tasks} (with lead ${percent(sum((report) => report.withLead))}, with timeframe ${percent(sum((report) => report.withTimeframe))})` +
    ` · responsibilities ${sum((report) => report.responsibilities)} · targets ${sum((report) => report.targets)}` +
    ` · warnings ${sum((report) => report.warnings)} · texts with extractor artefacts ${sum((report) => report.artefacts)}` +
    ` · lines readable ${covered}/${lines}`
  );
}
