import type { Target } from '../../schema/index.ts';
import type { TargetMark } from '../model/outline.ts';
import type { DocumentContext } from './document-context.ts';
import { mapIndicator } from './map-indicators.ts';
import { reviewedScope } from './correct-reading.ts';
import { reconcileTargetIds, type RemovedTarget } from './reconcile-target-ids.ts';

export interface TargetRecords {
  records: Target[];
  /** The words of each target on the page, by `<item id>:<paragraph>`. */
  marks: Map<string, TargetMark[]>;
  /** Target anchors once published that this text no longer has. */
  removed: RemovedTarget[];
}

/** A record per numeric target, its anchor bound to its words (data/target-lock.json) and its indicator mapped. */
export function targetRecords({ document, id, province, data, reading, corrections }: DocumentContext): TargetRecords {
  const reviewed = reviewedScope(corrections, 'targets');
  const anchors = reconcileTargetIds(
    document.targets.map((target) => ({ block: target.node.id, phrase: target.phrase })),
    data.targetLock[id] ?? [],
  );
  const marks = new Map<string, TargetMark[]>();
  const records = document.targets.map((target, index): Target => {
    const anchor = anchors.ids[index]!;
    const key = `${target.node.id}:${target.paragraph}`;
    marks.set(key, [...(marks.get(key) ?? []), { start: target.start, end: target.end, id: anchor }]);
    return {
      id: anchor,
      document: id,
      province,
      block: target.node.id,
      indicator: mapIndicator(reading(target.segment) ?? target.segment, target.clause, target.unit, data.indicators),
      text: target.sentence,
      segment: target.segment,
      phrase: target.phrase,
      comparator: target.comparator,
      value: target.value,
      ...(target.max === undefined ? {} : { max: target.max }),
      unit: target.unit,
      year: target.year,
      reviewed,
      corrected: [],
      source: { line: target.node.start, endLine: target.node.end },
    };
  });
  return { records, marks, removed: anchors.removed };
}
