import type { Erratum } from '../../schema/index.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { errataFor, errataReading } from '../../lib/errata-marks.ts';
import type { AgencyDirectory } from './resolve-agencies.ts';
import { reconcileIds, type Reconciliation } from './reconcile-ids.ts';
import { correctReading, type ReadingCorrections } from './correct-reading.ts';
import type { CorrectionsFile } from '../model/corrections.ts';
import type { MessageLog } from '../messages.ts';

/** What every record builder of one document needs, worked out once. */
export interface DocumentContext {
  /** The document as an editor corrected its reading (data/corrections/), or as read when none did. */
  document: ParsedDocument;
  /** What the editor corrected and reviewed. */
  corrections: ReadingCorrections;
  /** The document's id (its slug). */
  id: string;
  province: string | null;
  data: ReferenceData;
  /** The reviewed corrections that apply to this text. */
  errata: Erratum[];
  /** Ids bound to content (data/id-lock.json), before any record takes a node's id. */
  reconciliation: Reconciliation;
  /** The text as the errata correct it; undefined when none applies. */
  reading: (text: string) => string | undefined;
  agencyId: (name: string) => string;
  /** Errata that corrected some text of this document. */
  usedErrata: Set<Erratum>;
  /** The id of the document of this build it amends, if any: the tasks it adds are added to it. */
  amends: string | null;
}

export function documentContext(
  document: ParsedDocument,
  id: string,
  data: ReferenceData,
  directory: AgencyDirectory,
  { amends = null, corrections = null }: { amends?: string | null; corrections?: { file: CorrectionsFile; log: MessageLog } | null } = {},
): DocumentContext {
  const province = document.facts.province;
  const errata = errataFor(data.errata, document.source.sha256);
  const reading = errataReading(errata);
  // What extraction corrected (the citations), by the erratum's text: the parse cache keeps copies, not these objects.
  for (const erratum of errata) if (document.citationErrata.includes(erratum.text)) reading.used.add(erratum);
  const reconciliation = reconcileIds(
    [document.issuing, document.root].filter((root) => root !== null),
    data.idLock[id] ?? [],
    data.idDecisions.filter((decision) => decision.document === id),
    document.log,
  );
  for (const change of reconciliation.changes) document.log.info(`Amended since published: ${change}`, 1, 'reconcile:change');
  // Ids are bound: an editor's corrections name items by them.
  const corrected = correctReading(document, corrections?.file ?? null, corrections?.log ?? null);
  return {
    document: corrected.document,
    corrections: corrected,
    id,
    province,
    data,
    errata,
    reconciliation,
    usedErrata: reading.used,
    reading: reading.read,
    agencyId: (name) => directory.idOf({ name, province }),
    amends,
  };
}
