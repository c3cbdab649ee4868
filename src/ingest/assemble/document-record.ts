import { basename } from 'node:path';
import type { DocumentFacts, DocumentVersion, ReadingReview, RemovedItem, Retired, Standing } from '../../schema/index.ts';
import type { OutlineNode } from '../model/outline.ts';
import { outlinePath } from '../model/outline-tree.ts';
import type { DocumentContext } from './document-context.ts';
import type { RemovedTarget } from './reconcile-target-ids.ts';
import type { Citation } from './reference-records.ts';
import { originalFilePath } from '../../lib/original-file.ts';
import { BLANK_DATE, EXPIRED, IN_FORCE } from '../patterns/document-header.ts';

/** Items and target anchors once published that this text no longer has: their anchors stay, as tombstones. */
export function removedItems({ reconciliation }: DocumentContext, removedTargets: RemovedTarget[]): RemovedItem[] {
  return [...reconciliation.removed, ...removedTargets].map(({ id, text, section }) => ({ id, text, section }));
}

/**
 * The document's own record: its facts, outline and counts. Who replaces,
 * repeals or amends it, and so its standing, is known only once every
 * document is read (see linkRelations).
 */
export function documentRecord(
  { document, id, data, reading, corrections }: DocumentContext,
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
    locality: facts.locality,
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
    sourceFile: { name: basename(source.path), bytes: source.bytes, path: originalFilePath(id, source.path) },
    outline,
    removed: parts.removed,
    versions: parts.versions,
    firstPublished: (data.versions[id] ?? []).map((entry) => entry.recorded).sort()[0] ?? null,
    replaces: facts.replaces,
    replacedBy: [],
    repeals: facts.repeals,
    repealedBy: [],
    amends: facts.amends,
    amendedBy: [],
    // Known once every document is read (see linkRelations).
    standing: { state: 'unknown', by: [], why: 'chưa xét' },
    issues: facts.issues,
    portal: facts.portal,
    review: {
      reviews: corrections.reviews,
      file: corrections.file,
      corrections: corrections.entries,
      warnings: readerWarnings(document.log.messages, document.root),
    },
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

/** The reader's warnings on the document, each at the item holding its line (the deepest one), for an editor to look at first. */
function readerWarnings(messages: DocumentContext['document']['log']['messages'], root: OutlineNode): ReadingReview['warnings'] {
  const itemAt = (line: number): string | null => {
    let found: OutlineNode | null = null;
    for (let level = root.children; ; ) {
      const holder = level.find((node) => node.start <= line && line <= node.end);
      if (!holder) return found?.id || null;
      found = holder;
      level = holder.children;
    }
  };
  return messages
    .filter((message) => message.severity === 'warning')
    .map((message) => ({ line: message.place.line, at: message.place.line > 1 ? itemAt(message.place.line) : null, message: message.reason, origin: `${message.source}:${message.ruleId}` }));
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

/**
 * What the documents say of one another, both ways: a newer one that
 * replaces, repeals or amends another names its number; the older one gets
 * the newer's id. Then each one's standing (see standingOf).
 */
export function linkRelations(records: DocumentFacts[], retired: Retired): void {
  const naming = (record: DocumentFacts, numbers: (other: DocumentFacts) => string[]) =>
    record.number ? records.filter((other) => other !== record && numbers(other).includes(record.number!)).map((other) => other.id) : [];
  for (const record of records) {
    record.replacedBy = naming(record, (other) => other.replaces);
    record.repealedBy = naming(record, (other) => other.repeals);
    record.amendedBy = naming(record, (other) => other.amends);
  }
  for (const record of records) record.standing = standingOf(record, retired.find((entry) => entry.document === record.id) ?? null);
}

/** Whether a document is in force, as far as a relation, a reviewer or the source says; else why it is not known. */
export function standingOf(record: DocumentFacts, retirement: Retired[number] | null): Standing {
  if (record.repealedBy.length > 0) return { state: 'repealed', by: record.repealedBy, why: 'Đã bị bãi bỏ bởi văn bản đăng trên trang này' };
  if (record.replacedBy.length > 0) return { state: 'replaced', by: record.replacedBy, why: 'Đã được thay thế bởi văn bản đăng trên trang này' };
  if (retirement) return { state: 'retired', by: [], why: `Ngừng theo dõi từ ${retirement.retired}: ${retirement.why}` };
  const stated = record.status ?? record.portal?.status ?? null;
  if (stated) {
    const why = `${record.status ? 'Dữ liệu đã rà soát' : 'Trang cổng pháp luật'} ghi: ${stated}`;
    return { state: EXPIRED.test(stated) ? 'expired' : IN_FORCE.test(stated) ? 'in-force' : 'unknown', by: [], why };
  }
  const blanks = [...(record.number ? [] : ['để trống số']), ...(!record.date ? ['không ghi ngày'] : record.dateRaw && BLANK_DATE.test(record.dateRaw) ? ['để trống ngày'] : [])];
  return blanks.length > 0
    ? { state: 'unknown', by: [], why: `Bản này ${blanks.join(' và ')}: có thể là bản dự thảo hoặc bản sao trước khi ký ban hành` }
    : { state: 'unknown', by: [], why: 'Văn bản không ghi, và không văn bản nào đăng trên trang này thay thế hay bãi bỏ nó' };
}

