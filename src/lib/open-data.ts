import type { SiteData } from './site-data.ts';
import { urls } from './urls.ts';

/**
 * The open-data exports of DESIGN.md's data contract: the stored records
 * plus a site-relative `url` that resolves to an element with that id.
 */
export function openData(site: SiteData): Record<string, unknown[]> {
  return {
    documents: site.documents.map((document) => ({ ...document, url: urls.document(document.id) })),
    tasks: site.tasks.map((task) => ({
      ...task,
      url: urls.document(task.document, task.id),
      permalink: urls.task(task.document, task.id),
    })),
    responsibilities: site.responsibilities.map((record) => ({ ...record, url: urls.document(record.document, record.id) })),
    targets: site.targets.map((target) => ({ ...target, url: urls.document(target.document, target.id) })),
    agencies: site.agencies.map((agency) => ({ ...agency, url: urls.agency(agency.id) })),
    references: site.references.map((reference) => ({ ...reference, url: urls.reference(reference.id) })),
    passages: site.passages.map((passage) => ({ ...passage, url: urls.document(passage.document, passage.id) })),
  };
}
