import type { DocumentFacts, DocumentVersion, RemovedItem } from '../../schema/index.ts';
import type { OutlineNode } from '../model.ts';
import { outlinePath } from '../outline.ts';
import type { DocumentContext } from './document-context.ts';
import type { RemovedTarget } from './reconcile-target-ids.ts';
import type { Citation } from './reference-records.ts';

/** Items and target anchors once published that this text no longer has: their anchors stay, as tombstones. */
export function removedItems({ reconciliation }: DocumentContext, removedTargets: RemovedTarget[]): RemovedItem[] {
  return [...reconciliation.removed, ...removedTargets].map(({ id, text, section }) => ({ id, text, section }));
}

/**
 * The document's own record: its facts, outline and counts. Who replaces it
 * is known only once every document is read (`replacedBy` is filled then).
 */
export function documentRecord(
  { document, id, data, reading }: DocumentContext,
  parts: { removed: RemovedItem[]; citations: Citation[]; versions: DocumentVersion[] },
): DocumentFacts {
  const { facts, source, tasks, targets, responsibilities } = document;
  const outline = outlineOf(document.root);
  return {
    id,
    title: facts.title,
    subject: facts.subject,
    kind: facts.kind,
    number: facts.number,
    symbol: facts.symbol,
    issuer: facts.issuer,
    province: facts.province,
    provinceId: facts.provinceId,
    national: facts.national,
    date: facts.date,
    dateRaw: facts.dateRaw,
    implements: facts.implements.map((number) => reading(number) ?? number),
    signer: facts.signature?.name ?? null,
    signature: facts.signature,
    recipients: facts.recipients,
    original: facts.original,
    status: facts.status,
    source: source.path,
    sha256: source.sha256,
    outline,
    removed: parts.removed,
    versions: parts.versions,
    firstPublished: (data.versions[id] ?? []).map((entry) => entry.recorded).sort()[0] ?? null,
    replaces: facts.replaces,
    replacedBy: [],
    issues: facts.issues,
    portal: facts.portal,
    counts: {
      sections: outline.length,
      tasks: tasks.length,
      tasksWithLead: tasks.filter((task) => task.lead.length > 0).length,
      tasksWithTimeframe: tasks.filter((task) => task.timeframe !== null).length,
      targets: targets.length,
      responsibilities: responsibilities.length,
      references: new Set(parts.citations.map((citation) => citation.number)).size,
    },
  };
}

function outlineOf(root: OutlineNode): DocumentFacts['outline'] {
  const entries: DocumentFacts['outline'] = [];
  const visit = (node: OutlineNode) => {
    if (node.heading) entries.push({ id: node.id, label: node.numbering!.label, path: outlinePath(node), title: node.text, level: node.level });
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return entries;
}

/** A newer document that says it replaces another: both stay, the older one marked replaced. */
export function linkReplacements(records: DocumentFacts[]): void {
  for (const record of records) {
    record.replacedBy = records.filter((other) => record.number && other.replaces.includes(record.number)).map((other) => other.id);
  }
}
