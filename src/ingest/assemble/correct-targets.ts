import type { CorrectedField, Target } from '../../schema/index.ts';
import type { TargetDraft } from '../model/drafts.ts';
import type { TargetRecords } from './target-records.ts';
import { missing, record, sameWords, type ReadingCorrections } from './correct-reading.ts';

/** The fields of a target an editor may set, as the corrections file names them. */
const TARGET_FIELDS = ['comparator', 'value', 'max', 'unit', 'year', 'indicator'] as const;

/**
 * An editor's corrections of targets, once their anchors are bound (an
 * anchor names a target's words, data/target-lock.json): the added ones
 * marked, the fields set, the ones that are no targets dropped (their words
 * stay on the page, with their anchor). Returns the drafts kept, for counts.
 */
export function correctTargets(built: TargetRecords, drafts: TargetDraft[], corrections: ReadingCorrections): { built: TargetRecords; drafts: TargetDraft[] } {
  const { log } = corrections;
  if (!log) return { built, drafts };
  const records = built.records.map((target) => ({ ...target }));
  for (const added of corrections.targets.added) {
    const target = records[drafts.indexOf(added.draft)]!;
    target.corrected = ['added'];
    if (added.indicator !== undefined) target.indicator = added.indicator;
    added.entry.id = target.id;
  }
  const dropped = new Set<string>();
  corrections.targets.correct.forEach((entry) => {
    const at = `targets[${entry.index}] (${entry.id})`;
    const target = records.find((candidate) => candidate.id === entry.id);
    if (!target) return missing(at, entry, 'targets', log, corrections);
    if (!sameWords(at, entry, target.text, 'targets', log, corrections)) return;
    if (entry['not-a-target']) {
      dropped.add(target.id);
      return record(corrections, entry, 'targets', entry.id, 'applied', []);
    }
    const fields: CorrectedField[] = TARGET_FIELDS.filter((field) => entry[field] !== undefined);
    for (const field of fields) Object.assign(target, { [field]: entry[field as keyof typeof entry] });
    target.corrected = fields;
    record(corrections, entry, 'targets', entry.id, 'applied', fields);
  });
  const kept = (target: Target) => !dropped.has(target.id);
  // A dropped target's words keep their anchor: it may have been published.
  const marks = new Map([...built.marks].map(([key, list]) => [key, list.map((mark) => (dropped.has(mark.id) ? { ...mark, plain: true } : mark))]));
  return {
    built: { ...built, records: records.filter(kept), marks },
    drafts: drafts.filter((_, index) => kept(records[index]!)),
  };
}
