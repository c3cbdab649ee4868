import { loadReferenceData } from '../../src/ingest/reference-data.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import type { ParsedDocument } from '../../src/ingest/model/parsed-document.ts';
import type { Content } from '../../src/schema/index.ts';
import { formatMessage } from '../../src/ingest/messages.ts';

export const referenceData = loadReferenceData();
/** A fixture is read as a document never published: no id of the lock and no earlier version applies to it. */
const unpublished = { ...referenceData, idLock: {}, targetLock: {}, versions: {} };

export interface IngestedText {
  content: Content | null;
  parsed: ParsedDocument | null;
  /** Messages formatted as the command line prints them. */
  messages: string[];
}

/**
 * Run the pipeline the command line runs on one text, in memory (nothing is
 * written). Strict, so that a document with a fatal message is still shown.
 */
export function ingestText(text: string | Uint8Array, path = 'seeds/fixture.txt'): IngestedText {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = ingest([{ path, load: () => bytes }], unpublished, { strict: true });
  return { content: result.content, parsed: result.parsed[0] ?? null, messages: result.messages.map(formatMessage) };
}

/** The reviewable summary of a fixture: what a person checks in the diff. */
export function summarise({ content, messages }: IngestedText): unknown {
  if (!content) return { messages };
  const document = content.documents[0]!;
  const { outline, counts, sha256, source, sourceFile, ...facts } = document.facts;
  return {
    document: facts,
    counts,
    coverage: document.coverage,
    outline: outline.map((entry) => `${'  '.repeat(entry.level - 1)}${entry.id} ${entry.label} ${entry.title}`),
    tasks: content.tasks.map((task) => ({
      id: task.id,
      path: `${task.path} #${task.position}`,
      themes: task.themes,
      lead: task.lead,
      support: task.support,
      timeframe: task.timeframe,
      context: task.context,
      text: task.text,
    })),
    responsibilities: content.responsibilities.map(
      (record) => `${record.id} [${record.agency}] ${record.text}${record.timeframe ? ` (thời hạn: ${record.timeframe.raw})` : ''}`,
    ),
    targets: content.targets.map(
      (target) =>
        `${target.id} ${target.comparator} ${target.value}${target.max === undefined ? '' : `–${target.max}`} ${target.unit ?? '(chỉ số)'} ${target.year ?? '—'} ${target.indicator ?? '(chưa gán)'} | ${target.phrase}`,
    ),
    references: content.references.map((reference) => `${reference.number} ${reference.type}${reference.implements.length ? ` → ${reference.implements.join(', ')}` : ''}`),
    messages,
  };
}
