import { previewPaths } from '../../../src/lib/preview-paths.ts';
import type { Agency, DocumentFacts, Task } from '../../../src/schema/index.ts';

/** What a link-preview image says: a line above, the name, a line below. */
export interface PreviewCard {
  /** Where it goes under the site, without `.png` (see previewPaths). */
  path: string;
  eyebrow: string;
  title: string;
  footer: string;
}

/** A document's card: its kind, province and number; its title; who issued it and what it holds. */
export function documentCard(document: DocumentFacts): PreviewCard {
  const region = document.province ?? (document.national ? 'Trung ương' : 'Chưa xác định tỉnh');
  return {
    path: previewPaths.document(document.id),
    eyebrow: [document.kind, region, document.number ? `Số ${document.number}` : null].filter(Boolean).join(' · '),
    title: document.title,
    footer: [document.issuer, `${document.counts.tasks} nhiệm vụ`, `${document.counts.targets} chỉ tiêu`].filter(Boolean).join(' · '),
  };
}

/**
 * Each agency's card: its type and province, its name, the tasks it leads and
 * supports (a kind that spans provinces, such as every `Sở Tài chính`, counts
 * those of its members).
 */
export function agencyCards(agencies: Agency[], tasks: Task[]): PreviewCard[] {
  const lead = new Map<string, number>();
  const support = new Map<string, number>();
  const kindOf = new Map(agencies.map((agency) => [agency.id, agency.kind]));
  const count = (counts: Map<string, number>, id: string) => {
    for (const key of new Set([id, kindOf.get(id)])) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const task of tasks) {
    task.leadIds.forEach((id) => count(lead, id));
    task.supportIds.forEach((id) => count(support, id));
  }
  return agencies.map((agency) => ({
    path: previewPaths.agency(agency.id),
    eyebrow: [agency.type, agency.province ?? 'Mọi tỉnh'].join(' · '),
    title: agency.name,
    footer: `Chủ trì ${lead.get(agency.id) ?? 0} · phối hợp ${support.get(agency.id) ?? 0} nhiệm vụ`,
  }));
}
