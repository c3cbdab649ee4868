import { AGENCY_PROVINCE, foldDForIndex, synonymExpansion } from '../../src/lib/search-text.ts';
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

/** A Pagefind custom record. Meta values are what the search page shows. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

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

/**
 * Every searchable item as a record: its text (đ stored as d, with the
 * synonyms it names appended so that `gddt` finds `Sở Giáo dục và Đào tạo`),
 * the words the result shows, and its filter values.
 */
export function buildSearchRecords(data: OpenData, options: { synonyms: string[][]; themeLabel: Map<string, string> }): SearchRecord[] {
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
  const typed = new Set<string>();
  const records: SearchRecord[] = [];

  const record = (
    url: string,
    type: string,
    text: string,
    extra: string[],
    meta: Record<string, string | undefined>,
    filters: Partial<Record<keyof typeof FILTERS, Array<string | null | undefined>>>,
  ) => {
    const searchable = [text, ...extra].filter(Boolean).join(' ; ');
    records.push({
      url,
      content: foldDForIndex(`${searchable} ; ${synonymExpansion(searchable, options.synonyms)}`),
      language: 'vi',
      meta: Object.fromEntries(Object.entries({ ...meta, type, text }).filter((entry): entry is [string, string] => Boolean(entry[1]))),
      filters: Object.fromEntries(
        Object.entries({ ...filters, type: [type] })
          .map(([key, values]) => [FILTERS[key as keyof typeof FILTERS], [...new Set(values!.filter((value): value is string => Boolean(value)))]])
          .filter(([, values]) => values!.length > 0),
      ),
    });
  };

  for (const task of data.tasks) {
    const document = documentById.get(task.document)!;
    typed.add(`${task.document}#${task.id}`);
    record(
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
    );
  }
  for (const record_ of data.responsibilities) {
    const document = documentById.get(record_.document)!;
    typed.add(`${record_.document}#${record_.id}`);
    record(
      record_.url,
      TYPES.responsibility,
      record_.text,
      [record_.reading ?? '', ...allNames([record_.agencyId])],
      { title: `Trách nhiệm của ${agencyName(record_.agencyId)} · ${shortName(document)}`, province: record_.province ?? undefined, lead: agencyName(record_.agencyId) },
      { province: [record_.province], document: [shortName(document)], lead: filterValuesOf([record_.agencyId]) },
    );
  }
  for (const target of data.targets) {
    const document = documentById.get(target.document)!;
    record(
      target.url,
      TYPES.target,
      target.segment,
      [target.text, target.indicator ?? ''],
      {
        title: `Chỉ tiêu: ${target.phrase}${target.year ? `, năm ${target.year}` : ''} · ${shortName(document)}`,
        province: target.province ?? undefined,
      },
      { province: [target.province], document: [shortName(document)], year: [target.year ? String(target.year) : null] },
    );
  }
  for (const document of data.documents) {
    record(
      document.url,
      TYPES.document,
      document.title,
      [document.issuer ?? '', document.number ?? '', document.symbol ?? '', ...document.implements, document.province ?? ''],
      { title: document.title, province: document.province ?? undefined },
      { province: [document.province], document: [shortName(document)] },
    );
    for (const entry of document.outline) {
      typed.add(`${document.id}#${entry.id}`);
      record(
        `${document.url}#${entry.id}`,
        TYPES.section,
        `${entry.label} ${entry.title}`,
        [],
        { title: `Mục ${entry.label} ${entry.title} · ${shortName(document)}`, province: document.province ?? undefined },
        { province: [document.province], document: [shortName(document)] },
      );
    }
  }
  for (const passage of data.passages) {
    if (typed.has(`${passage.document}#${passage.id}`) || passage.kind === 'heading') continue;
    const document = documentById.get(passage.document)!;
    record(
      passage.url,
      TYPES.passage,
      passage.text,
      [passage.reading ?? ''],
      { title: `${passagePlace(passage, document.outline)} · ${shortName(document)}`, province: document.province ?? undefined },
      { province: [document.province], document: [shortName(document)] },
    );
  }
  for (const agency of data.agencies) {
    record(
      agency.url,
      TYPES.agency,
      agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (các tỉnh)`,
      [...agency.aliases, agency.type],
      { title: agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (mọi tỉnh)`, province: agency.province ?? undefined },
      { province: [agency.province] },
    );
  }
  for (const reference of data.references) {
    record(
      reference.url,
      TYPES.reference,
      `${reference.type} ${reference.number}${reference.title ? ` về ${reference.title}` : ''}`,
      [reference.issuer ?? '', ...reference.citations.map((citation) => citation.text)],
      { title: `${reference.type} ${reference.number}`, issuer: reference.issuer },
      {},
    );
  }
  return records;
}

function yearOf(iso: string | undefined): string | null {
  return iso ? iso.slice(0, 4) : null;
}
