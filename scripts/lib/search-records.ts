import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCY_PROVINCE, foldDForIndex, synonymExpansion, wordPairs } from '../../src/lib/search-text.ts';
import { itemAnchor, type SearchItem } from '../../src/lib/search-results.ts';
import { passagePlace } from './passage-place.ts';
import { regionOfDocument } from '../../src/lib/regions.ts';
import type { Agency, DocumentFacts, Passage, Reference, Responsibility, Target, Task } from '../../src/schema/index.ts';

type WithUrl<T> = T & { url: string; permalink?: string };

export interface OpenData {
  documents: Array<WithUrl<DocumentFacts>>;
  tasks: Array<WithUrl<Task>>;
  targets: Array<WithUrl<Target>>;
  responsibilities: Array<WithUrl<Responsibility>>;
  agencies: Array<WithUrl<Agency>>;
  references: Array<WithUrl<Reference>>;
  passages: Array<WithUrl<Passage>>;
}

/** The open-data exports a build wrote under `<dist>/api/`. */
export function readOpenData(dist: string): OpenData {
  const read = (name: keyof OpenData) => JSON.parse(readFileSync(join(dist, 'api', `${name}.json`), 'utf8'));
  return {
    documents: read('documents'),
    tasks: read('tasks'),
    targets: read('targets'),
    responsibilities: read('responsibilities'),
    agencies: read('agencies'),
    references: read('references'),
    passages: read('passages'),
  };
}

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

/** An item as the search page shows it, and the words Pagefind indexes for it. */
export interface IndexedItem extends SearchItem {
  /** Its text and the names of what it mentions, đ written d (see foldDForIndex), then each two neighbouring words as one (see wordPairs). */
  words: string;
}

/**
 * Items a record holds at most. Pagefind's metadata file, which every first
 * query loads, lists every record (about 6 bytes each, compressed): one record
 * per item made it 650 kB at 1,000 documents. Larger records make each
 * result's file larger, and a page of results loads several.
 */
export const GROUP_SIZE = 24;

/** Filter keys: ASCII, and also the URL parameters of the search page. */
export const FILTERS = {
  province: 'tinh',
  document: 'van-ban',
  lead: 'chu-tri',
  support: 'phoi-hop',
  theme: 'chu-de',
  type: 'loai',
  year: 'nam',
} as const;

export const TYPES = {
  task: 'Nhiệm vụ',
  target: 'Chỉ tiêu',
  responsibility: 'Trách nhiệm',
  document: 'Văn bản',
  section: 'Mục',
  passage: 'Đoạn văn',
  agency: 'Cơ quan',
  reference: 'Văn bản dẫn chiếu',
} as const;

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Every searchable item (its text with đ stored as d, and the synonyms it
 * names appended so that `gddt` finds `Sở Giáo dục và Đào tạo`), gathered
 * into records: a document's items in reading order, a province's agencies,
 * the cited documents.
 */
export function buildSearchGroups(data: OpenData, options: { synonyms: string[][]; themeLabel: Map<string, string> }): SearchGroup[] {
  const documentById = new Map(data.documents.map((document) => [document.id, document]));
  const agencyById = new Map(data.agencies.map((agency) => [agency.id, agency]));
  const agencyName = (id: string) => agencyById.get(id)?.name ?? id;
  const namesOf = (ids: string[]) => [...new Set(ids.map(agencyName))];
  // Filter values name the province too (`Sở Tài chính – Cao Bằng`): the search page groups them by it.
  const filterValueOf = (id: string) => {
    const agency = agencyById.get(id);
    return agency?.province ? `${agency.name}${AGENCY_PROVINCE}${agency.province}` : agencyName(id);
  };
  const filterValuesOf = (ids: string[]) => [...new Set(ids.map(filterValueOf))];
  const allNames = (ids: string[]) => ids.flatMap((id) => [agencyName(id), ...(agencyById.get(id)?.aliases ?? [])]);
  const shortName = (document: DocumentFacts) =>
    `${document.kind}${document.number ? ` ${document.number}` : document.symbol ? ` …/${document.symbol}` : ''} (${regionOfDocument(document)})`;

  /** A document's items under the anchor id each has on its page (`''` for the document itself). */
  const itemsOfDocument = new Map<string, Array<{ anchor: string; item: IndexedItem }>>();
  const typed = new Set<string>();
  const item = (
    url: string,
    type: string,
    text: string,
    extra: string[],
    shown: Omit<SearchItem, 'url' | 'type' | 'text' | 'filters'>,
    filters: Partial<Record<keyof typeof FILTERS, Array<string | null | undefined>>>,
  ): IndexedItem => {
    const searchable = [text, ...extra].filter(Boolean).join(' ; ');
    const named = `${searchable} ; ${synonymExpansion(searchable, options.synonyms)}`;
    return {
      url,
      type,
      text,
      ...Object.fromEntries(Object.entries(shown).filter((entry) => Boolean(entry[1]))),
      title: shown.title,
      filters: Object.fromEntries(
        Object.entries({ ...filters, type: [type] })
          .map(([key, values]) => [FILTERS[key as keyof typeof FILTERS], [...new Set(values!.filter((value): value is string => Boolean(value)))]])
          .filter(([, values]) => values!.length > 0),
      ),
      words: `${foldDForIndex(named)} ; ${[...new Set(wordPairs(named))].join(' ')}`,
    };
  };
  const inDocument = (documentId: string, anchor: string, indexed: IndexedItem) => {
    const list = itemsOfDocument.get(documentId) ?? [];
    list.push({ anchor, item: indexed });
    itemsOfDocument.set(documentId, list);
  };

  for (const task of data.tasks) {
    const document = documentById.get(task.document)!;
    typed.add(`${task.document}#${task.id}`);
    inDocument(
      task.document,
      task.id,
      item(
        `${task.permalink}#${task.id}`,
        TYPES.task,
        task.text,
        [task.reading ?? '', task.context ?? '', ...allNames([...task.leadIds, ...task.supportIds]), task.timeframe?.raw ?? '', task.path],
        {
          title: `Nhiệm vụ ${task.position}, mục ${task.path} · ${shortName(document)}`,
          province: task.province ?? undefined,
          lead: namesOf(task.leadIds).join('; ') || 'Văn bản không nêu',
          support: namesOf(task.supportIds).join('; ') || undefined,
          timeframe: task.timeframe?.raw ?? 'Không nêu thời gian',
          theme: options.themeLabel.get(task.theme),
        },
        {
          province: [task.province],
          document: [shortName(document)],
          lead: filterValuesOf(task.leadIds),
          support: filterValuesOf(task.supportIds),
          theme: [options.themeLabel.get(task.theme)],
          year: [yearOf(task.timeframe?.end ?? task.timeframe?.start)],
        },
      ),
    );
  }
  for (const record of data.responsibilities) {
    const document = documentById.get(record.document)!;
    typed.add(`${record.document}#${record.id}`);
    inDocument(
      record.document,
      record.id,
      item(
        record.url,
        TYPES.responsibility,
        record.text,
        [record.reading ?? '', ...allNames(record.agencyIds)],
        {
          title: `Trách nhiệm của ${record.agencyIds.map(agencyName).join('; ')} · ${shortName(document)}`,
          province: record.province ?? undefined,
          lead: record.agencyIds.map(agencyName).join('; '),
        },
        { province: [record.province], document: [shortName(document)], lead: filterValuesOf(record.agencyIds) },
      ),
    );
  }
  for (const target of data.targets) {
    const document = documentById.get(target.document)!;
    inDocument(
      target.document,
      target.id,
      item(
        target.url,
        TYPES.target,
        target.segment,
        [target.text, target.indicator ?? ''],
        { title: `Chỉ tiêu: ${target.phrase}${target.year ? `, năm ${target.year}` : ''} · ${shortName(document)}`, province: target.province ?? undefined },
        { province: [target.province], document: [shortName(document)], year: [target.year ? String(target.year) : null] },
      ),
    );
  }
  for (const document of data.documents) {
    inDocument(
      document.id,
      '',
      item(
        document.url,
        TYPES.document,
        document.title,
        [document.issuer ?? '', document.number ?? '', document.symbol ?? '', ...document.implements, document.province ?? ''],
        { title: document.title, province: document.province ?? undefined },
        { province: [document.province], document: [shortName(document)] },
      ),
    );
    for (const entry of document.outline) {
      typed.add(`${document.id}#${entry.id}`);
      inDocument(
        document.id,
        entry.id,
        item(
          `${document.url}#${entry.id}`,
          TYPES.section,
          `${entry.label} ${entry.title}`,
          [],
          { title: `Mục ${entry.label} ${entry.title} · ${shortName(document)}`, province: document.province ?? undefined },
          { province: [document.province], document: [shortName(document)] },
        ),
      );
    }
  }
  const closing = new Set<string>();
  for (const passage of data.passages) {
    if (passage.kind === 'signature' || passage.kind === 'recipients') closing.add(`${passage.document}#${passage.id}`);
    if (typed.has(`${passage.document}#${passage.id}`) || passage.kind === 'heading') continue;
    const document = documentById.get(passage.document)!;
    inDocument(
      passage.document,
      passage.id,
      item(
        passage.url,
        TYPES.passage,
        passage.text,
        [passage.reading ?? ''],
        { title: `${passagePlace(passage, document.outline)} · ${shortName(document)}`, province: document.province ?? undefined },
        { province: [document.province], document: [shortName(document)] },
      ),
    );
  }

  const groups: SearchGroup[] = [];
  for (const document of data.documents) {
    const place = placeInDocument(document.outline, (anchor) => closing.has(`${document.id}#${anchor}`));
    const items = (itemsOfDocument.get(document.id) ?? [])
      .map((entry) => ({ ...entry, place: place(entry.anchor) }))
      .sort((a, b) => a.place.order - b.place.order || collator.compare(a.anchor, b.anchor));
    for (const run of runs(items, (entry) => entry.place.part)) {
      const parts = [...new Set(run.map((entry) => entry.place.label).filter(Boolean))];
      const span = parts.length === 0 ? 'Phần đầu văn bản' : `Mục ${parts[0]}${parts.length > 1 ? `–${parts.at(-1)}` : ''}`;
      groups.push({
        // Unique: Pagefind keeps one record per URL.
        url: run[0]!.anchor ? `${document.url}#${run[0]!.anchor}` : document.url,
        title: `${shortName(document)} · ${span}`,
        province: document.province ?? undefined,
        items: run.map((entry) => entry.item),
      });
    }
  }
  const agenciesByProvince = new Map<string, IndexedItem[]>();
  for (const agency of data.agencies) {
    const list = agenciesByProvince.get(agency.province ?? '') ?? [];
    list.push(
      item(
        agency.url,
        TYPES.agency,
        agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (các tỉnh)`,
        [...agency.aliases, agency.type],
        { title: agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (mọi tỉnh)`, province: agency.province ?? undefined },
        { province: [agency.province] },
      ),
    );
    agenciesByProvince.set(agency.province ?? '', list);
  }
  for (const [province, items] of agenciesByProvince) {
    for (const run of runs(items, () => '')) {
      groups.push({ url: run[0]!.url, title: province ? `Cơ quan – ${province}` : 'Cơ quan của mọi tỉnh', province: province || undefined, items: run });
    }
  }
  const references = data.references.map((reference) =>
    item(
      reference.url,
      TYPES.reference,
      `${reference.type} ${reference.number}${reference.title ? ` về ${reference.title}` : ''}`,
      [reference.issuer ?? '', ...reference.citations.map((citation) => citation.text)],
      { title: `${reference.type} ${reference.number}` },
      {},
    ),
  );
  for (const run of runs(references, () => '')) groups.push({ url: run[0]!.url, title: 'Văn bản được dẫn chiếu', items: run });
  return groups;
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

function yearOf(iso: string | undefined): string | null {
  return iso ? iso.slice(0, 4) : null;
}

/**
 * A record as Pagefind reads it: the group's filter values (every value of
 * its items), the items as JSON for the page to show, and the indexed words,
 * each item's behind an empty anchor (`i0`, `i1`…) that Pagefind reports
 * matches under (its sub-results).
 */
export function groupHtml(group: SearchGroup): string {
  const filters = new Map<string, Set<string>>();
  for (const item of group.items) {
    for (const [key, values] of Object.entries(item.filters)) for (const value of values) filters.set(key, (filters.get(key) ?? new Set()).add(value));
  }
  const shown = group.items.map(({ words: _words, ...item }) => item);
  const data = (attribute: string, name: string, value: string) => `<div ${attribute}="${name}[data-value]" data-value="${escapeHtml(value)}"></div>`;
  return [
    '<!doctype html><html lang="vi"><body>',
    data('data-pagefind-meta', 'title', group.title),
    group.province ? data('data-pagefind-meta', 'province', group.province) : '',
    data('data-pagefind-meta', 'items', JSON.stringify(shown)),
    ...[...filters].flatMap(([key, values]) => [...values].map((value) => data('data-pagefind-filter', key, value))),
    '<main data-pagefind-body>',
    ...group.items.map((item, index) => `<span id="${itemAnchor(index)}" data-pagefind-title="${index}"></span><p>${escapeHtml(item.words)}</p>`),
    '</main></body></html>',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
