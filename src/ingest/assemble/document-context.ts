import type { Erratum } from '../../schema/index.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { applyErrata, errataFor, findErrata } from '../../lib/errata-marks.ts';
import type { AgencyDirectory } from './resolve-agencies.ts';
import { reconcileIds, type Reconciliation } from './reconcile-ids.ts';

/** What every record builder of one document needs, worked out once. */
export interface DocumentContext {
  document: ParsedDocument;
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
}

export function documentContext(document: ParsedDocument, id: string, data: ReferenceData, directory: AgencyDirectory): DocumentContext {
  const province = document.facts.province;
  const errata = errataFor(data.errata, document.source.sha256);
  const usedErrata = new Set<Erratum>();
  const reconciliation = reconcileIds(
    [document.issuing, document.root].filter((root) => root !== null),
    data.idLock[id] ?? [],
    data.idDecisions.filter((decision) => decision.document === id),
    document.log,
  );
  for (const change of reconciliation.changes) document.log.info(`Amended since published: ${change}`, 1, 'reconcile:change');
  return {
    document,
    id,
    province,
    data,
    errata,
    reconciliation,
    usedErrata,
    reading: (text) => {
      const marks = findErrata(text, errata);
      marks.forEach((mark) => usedErrata.add(mark.erratum));
      return marks.length > 0 ? applyErrata(text, marks) : undefined;
    },
    agencyId: (name) => directory.idOf({ name, province }),
  };
}
