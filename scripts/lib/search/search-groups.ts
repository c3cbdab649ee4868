import type { DocumentFacts, OpenData } from '../../../src/schema/index.ts';
import { groupBy } from '../../../src/lib/group-by.ts';
import { encodeItem, itemAnchor } from '../../../src/lib/search-results.ts';
import { indexedWords, itemContext, TYPES, type DocumentItem, type IndexedItem, type SearchOptions } from './search-item.ts';
import {
  agencyItems,
  documentItems,
  kindsExplainedIn,
  passageItems,
  referenceItems,
  responsibilityItems,
  targetItems,
  taskItems,
} from './record-items.ts';

/**
 * One Pagefind record: a run of items of one document (or of one province's
 * agencies, or of cited documents), each item an anchor of its own, so that a
 * result lists the very items the query's words fall in.
 */
export interface SearchGroup {
  url: string;
  title: string;
  province?: string;
  items: IndexedItem[];
}

/**
 * Items a record holds at most. Pagefind's metadata file, which every first
 * query loads, lists every record (about 6 bytes each, compressed): one record
 * per item made it 650 kB at 1,000 documents. Larger records make each
 * result's file larger, and a page of results loads several.
 */
export const GROUP_SIZE = 24;

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * How much more an agency's name counts than other words: a query that names
 * an agency (`so giao duc cao bang`) is after its page before the tasks that
 * mention it.
 */
const AGENCY_WEIGHT = 8;

/**
 * Every searchable item, gathered into records: a document's items in
 * reading order, a province's agencies, the cited documents. Their indexed
 * words are worked out as each record is written (see groupHtml).
 */
export function buildSearchGroups(data: OpenData, options: SearchOptions): SearchGroup[] {
  const context = itemContext(data, options);
  const typed = [
    ...taskItems(data.tasks, context),
    ...responsibilityItems(data.responsibilities, context),
    ...targetItems(data.targets, context),
    ...documentItems(data.documents, context),
  ];
  // A passage a task, a responsibility or a section already stands for is not indexed twice.
  const shown = new Set([...data.tasks, ...data.responsibilities].map((record) => `${record.document}#${record.id}`));
  for (const document of data.documents) for (const entry of document.outline) shown.add(`${document.id}#${entry.id}`);
  const items = [...typed, ...passageItems(data.passages, shown, context)];
  const closing = new Set(
    data.passages.filter((passage) => passage.kind === 'signature' || passage.kind === 'recipients').map((passage) => `${passage.document}#${passage.id}`),
  );
  return [
    ...documentGroups(data.documents, items, closing, context.shortName),
    ...agencyGroups(agencyItems(data.agencies, context, kindsExplainedIn(data))),
    ...runs(referenceItems(data.references, context), () => '').map((run) => ({ url: run[0]!.url, title: 'Văn bản được dẫn chiếu', items: run })),
  ];
}

/** Each document's items in reading order, in runs that keep a top-level part together. */
function documentGroups(
  documents: OpenData['documents'],
  items: DocumentItem[],
  closing: Set<string>,
  shortName: (document: OpenData['documents'][number]) => string,
): SearchGroup[] {
  const byDocument = groupBy(items, (entry) => entry.document);
  return documents.flatMap((document) => {
    const place = placeInDocument(document.outline, (anchor) => closing.has(`${document.id}#${anchor}`));
    const ordered = (byDocument.get(document.id) ?? [])
      .map((entry) => ({ ...entry, place: place(entry.anchor) }))
      .sort((a, b) => a.place.order - b.place.order || collator.compare(a.anchor, b.anchor));
    return runs(ordered, (entry) => entry.place.part).map((run) => {
      const parts = [...new Set(run.map((entry) => entry.place.label).filter(Boolean))];
      const span = parts.length === 0 ? 'Phần đầu văn bản' : `Mục ${parts[0]}${parts.length > 1 ? `–${parts.at(-1)}` : ''}`;
      return {
        // Unique: Pagefind keeps one record per URL.
        url: run[0]!.anchor ? `${document.url}#${run[0]!.anchor}` : document.url,
        title: `${shortName(document)} · ${span}`,
        province: document.province ?? undefined,
        items: run.map((entry) => entry.item),
      };
    });
  });
}

/** A province's agencies (and the cross-province kinds) in runs. */
function agencyGroups(items: IndexedItem[]): SearchGroup[] {
  return [...groupBy(items, (item) => item.province ?? '')].flatMap(([province, list]) =>
    runs(list, () => '').map((run) => ({
      url: run[0]!.url,
      title: province ? `Cơ quan – ${province}` : 'Cơ quan của mọi tỉnh',
      province: province || undefined,
      items: run,
    })),
  );
}

/**
 * Where an anchor stands in its document: the rank of its section in the
 * outline (document order), and the top-level part it belongs to. Anchors
 * outside the outline come first (title, opening paragraphs), except the
 * signature and the recipients, which come last.
 */
function placeInDocument(outline: DocumentFacts['outline'], isClosing: (anchor: string) => boolean) {
  const rank = new Map(outline.map((entry, index) => [entry.id, index]));
  return (anchor: string): { order: number; part: string; label: string } => {
    const section = outline
      .filter((entry) => anchor === entry.id || anchor.startsWith(`${entry.id}-`))
      .sort((a, b) => b.id.length - a.id.length)[0];
    if (!section) return { order: anchor === '' ? -2 : isClosing(anchor) ? outline.length : -1, part: '', label: '' };
    const top = outline.slice(0, rank.get(section.id)! + 1).findLast((entry) => entry.level === 1) ?? section;
    return { order: rank.get(section.id)!, part: top.id, label: top.path };
  };
}

/** Runs of at most GROUP_SIZE items, a new one begun where the part changes once a run is half full. */
function runs<T>(items: T[], partOf: (item: T) => string): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  for (const entry of items) {
    const previous = current.at(-1);
    if (current.length >= GROUP_SIZE || (previous !== undefined && current.length >= GROUP_SIZE / 2 && partOf(previous) !== partOf(entry))) {
      result.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * A record as Pagefind reads it: the group's filter values (every value of
 * its items), and each item's indexed words behind an empty anchor (`i0`,
 * `i1`…) that Pagefind reports matches under (its sub-results). What the page
 * shows of an item travels as the anchor's title, as JSON (see encodeItem):
 * Pagefind indexes every word of a record's metadata, and none of an anchor's
 * title.
 */
export function groupHtml(group: SearchGroup, synonyms: string[][]): string {
  const filters = new Map<string, Set<string>>();
  for (const item of group.items) {
    for (const [key, values] of Object.entries(item.filters)) for (const value of values) filters.set(key, (filters.get(key) ?? new Set()).add(value));
  }
  const data = (attribute: string, name: string, value: string) => `<div ${attribute}="${name}[data-value]" data-value="${escapeHtml(value)}"></div>`;
  return [
    '<!doctype html><html lang="vi"><body>',
    data('data-pagefind-meta', 'title', group.title),
    group.province ? data('data-pagefind-meta', 'province', group.province) : '',
    ...[...filters].flatMap(([key, values]) => [...values].map((value) => data('data-pagefind-filter', key, value))),
    '<main data-pagefind-body>',
    ...group.items.map(
      ({ searchable, ...shown }, index) =>
        `<span id="${itemAnchor(index)}" data-pagefind-title='${encodeItem(shown)}'></span><p${shown.type === TYPES.agency ? ` data-pagefind-weight="${AGENCY_WEIGHT}"` : ''}>${escapeHtml(indexedWords(searchable, synonyms))}</p>`,
    ),
    '</main></body></html>',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
