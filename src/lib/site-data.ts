import { getCollection } from 'astro:content';
import type { Agency, DocumentFacts, Passage, Reference, Responsibility, Target, Task } from '../schema/index.ts';
import { byVietnamese } from './collate.ts';

export interface SiteData {
  documents: DocumentFacts[];
  tasks: Task[];
  targets: Target[];
  responsibilities: Responsibility[];
  agencies: Agency[];
  references: Reference[];
  passages: Passage[];
  documentById: Map<string, DocumentFacts>;
  agencyById: Map<string, Agency>;
  referenceByNumber: Map<string, Reference>;
  /** Provinces in Vietnamese order, as the documents name them (`Trung ương` for national documents). */
  provinces: string[];
  /** Where a record belongs: its province, `Trung ương` for a national document, else `Chưa xác định tỉnh`. */
  regionOf: (record: { province: string | null; document: string }) => string;
}

/** The region of the documents of central bodies (Bộ Chính trị, Chính phủ). */
export const NATIONAL_REGION = 'Trung ương';
/** The region of a document whose province could not be read. */
export const UNKNOWN_REGION = 'Chưa xác định tỉnh';

let cached: Promise<SiteData> | null = null;

/** Every collection, loaded once per build and indexed for the pages. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [documents, tasks, targets, responsibilities, agencies, references, passages] = await Promise.all([
    getCollection('documents'),
    getCollection('tasks'),
    getCollection('targets'),
    getCollection('responsibilities'),
    getCollection('agencies'),
    getCollection('references'),
    getCollection('passages'),
  ]);
  const documentData = documents.map((entry) => entry.data).sort(byVietnamese((document) => `${document.province} ${document.title}`));
  const documentById = new Map(documentData.map((document) => [document.id, document]));
  const regionOf = ({ province, document }: { province: string | null; document: string }) =>
    province ?? (documentById.get(document)?.national ? NATIONAL_REGION : UNKNOWN_REGION);
  return {
    documents: documentData,
    tasks: tasks.map((entry) => entry.data),
    targets: targets.map((entry) => entry.data),
    responsibilities: responsibilities.map((entry) => entry.data),
    agencies: agencies.map((entry) => entry.data),
    references: references.map((entry) => entry.data),
    passages: passages.map((entry) => entry.data),
    documentById,
    agencyById: new Map(agencies.map((entry) => [entry.data.id, entry.data])),
    referenceByNumber: new Map(references.map((entry) => [entry.data.number, entry.data])),
    provinces: [...new Set(documentData.map((document) => regionOf({ province: document.province, document: document.id })))].sort(
      byVietnamese((name) => name),
    ),
    regionOf,
  };
}
