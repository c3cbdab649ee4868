import type { Responsibility } from '../../schema/index.ts';
import { readInlineDeadline } from '../readers/timeframe.ts';
import type { DocumentContext } from './document-context.ts';
import { correctedFields, reviewedScope } from './correct-reading.ts';

/** A record per agency's responsibility, with the deadline its (corrected) words give. */
export function responsibilityRecords({ document, id, province, reading, agencyId, corrections }: DocumentContext): Responsibility[] {
  const reviewed = reviewedScope(corrections, 'responsibilities');
  return document.responsibilities.map((record) => {
    const corrected = reading(record.text);
    return {
      id: record.node.id,
      document: id,
      province,
      agency: record.agency,
      agencies: record.agencies,
      agencyIds: record.agencies.map(agencyId),
      path: record.path,
      text: record.text,
      ...(corrected ? { reading: corrected } : {}),
      timeframe: readInlineDeadline(corrected ?? record.text),
      reviewed,
      corrected: correctedFields(corrections, 'responsibilities', record.node.id),
      source: { line: record.node.start, endLine: record.node.end },
    };
  });
}
