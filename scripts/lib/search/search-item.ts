import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCY_PROVINCE, foldDForIndex, synonymExpansion, wordPairs } from '../../../src/lib/search-text.ts';
import { SEARCH_FILTERS, type SearchFilter, type SearchItem } from '../../../src/lib/search-results.ts';
import { regionOfDocument } from '../../../src/lib/regions.ts';
import { SearchSynonymsSchema, ThemeTaxonomySchema, type DocumentFacts, type OpenData } from '../../../src/schema/index.ts';

/** An item as the search page shows it, and what Pagefind indexes it by. */
export interface IndexedItem extends SearchItem {
  /** Its text and the names of what it mentions (see indexedWords). */
  searchable: string;
}

/**
 * The words Pagefind indexes for an item: its searchable text and the
 * synonyms it names (so that `gddt` finds `Sở Giáo dục và Đào tạo`), đ written
 * d (see foldDForIndex), then each two neighbouring words as one (see
 * wordPairs). Worked out as each record goes to Pagefind, while Pagefind
 * indexes those before it.
 */
export function indexedWords(searchable: string, synonyms: string[][]): string {
  const named = `${searchable} ; ${synonymExpansion(searchable, synonyms)}`;
  return `${foldDForIndex(named)} ; ${[...new Set(wordPairs(named))].join(' ')}`;
}

/** An item of a document, under the anchor id it has on the document's page (`''` for the document itself). */
export interface DocumentItem {
  document: string;
  anchor: string;
  item: IndexedItem;
}

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

export interface SearchOptions {
  synonyms: string[][];
  themeLabel: Map<string, string>;
}

/** The synonyms and theme labels of the project's data/. */
export function readSearchOptions(projectDir: string): SearchOptions {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(projectDir, 'data', name), 'utf8'));
  const { themes } = ThemeTaxonomySchema.parse(read('themes.json'));
  return { synonyms: SearchSynonymsSchema.parse(read('search-synonyms.json')), themeLabel: new Map(themes.map((theme) => [theme.key, theme.short])) };
}

/** What every item builder needs: how to name agencies and documents, and how to make an item. */
export interface ItemContext {
  options: SearchOptions;
  documentById: Map<string, OpenData['documents'][number]>;
  agencyName: (id: string) => string;
  /** Names of agencies, once each. */
  namesOf: (ids: string[]) => string[];
  /** Filter values of agencies, with their province (`Sở Tài chính – Cao Bằng`): the search page groups them by it. */
  filterValuesOf: (ids: string[]) => string[];
  /** Every name an agency is known by, for the indexed words. */
  allNames: (ids: string[]) => string[];
  /** `Kế hoạch 12/KH-UBND (Cao Bằng)`. */
  shortName: (document: DocumentFacts) => string;
  item: (
    url: string,
    type: string,
    text: string,
    extra: string[],
    shown: Omit<SearchItem, 'url' | 'type' | 'text' | 'filters'>,
    filters: Partial<Record<SearchFilter, Array<string | null | undefined>>>,
  ) => IndexedItem;
}

export function itemContext(data: OpenData, options: SearchOptions): ItemContext {
  const agencyById = new Map(data.agencies.map((agency) => [agency.id, agency]));
  const agencyName = (id: string) => agencyById.get(id)?.name ?? id;
  const filterValueOf = (id: string) => {
    const agency = agencyById.get(id);
    return agency?.province ? `${agency.name}${AGENCY_PROVINCE}${agency.province}` : agencyName(id);
  };
  return {
    options,
    documentById: new Map(data.documents.map((document) => [document.id, document])),
    agencyName,
    namesOf: (ids) => [...new Set(ids.map(agencyName))],
    filterValuesOf: (ids) => [...new Set(ids.map(filterValueOf))],
    allNames: (ids) => ids.flatMap((id) => [agencyName(id), ...(agencyById.get(id)?.aliases ?? [])]),
    shortName: (document) =>
      `${document.kind}${document.number ? ` ${document.number}` : document.symbol ? ` …/${document.symbol}` : ''} (${regionOfDocument(document)})`,
    item: (url, type, text, extra, shown, filters) => ({
      url,
      type,
      text,
      ...Object.fromEntries(Object.entries(shown).filter((entry) => Boolean(entry[1]))),
      title: shown.title,
      filters: Object.fromEntries(
        Object.entries({ ...filters, type: [type] })
          .map(([key, values]) => [SEARCH_FILTERS[key as SearchFilter].key, [...new Set(values!.filter((value): value is string => Boolean(value)))]])
          .filter(([, values]) => values!.length > 0),
      ),
      searchable: [text, ...extra].filter(Boolean).join(' ; '),
    }),
  };
}
