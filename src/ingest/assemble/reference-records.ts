import type { Reference } from '../../schema/index.ts';
import { FIXED_IDS } from '../model/outline.ts';
import type { CitationDraft } from '../model/drafts.ts';
import { slugify } from '../../lib/fold-vietnamese.ts';
import type { DocumentContext } from './document-context.ts';
import { PHRASE_END } from '../patterns/text.ts';

/** A document cited by one passage (`block`, its anchor) of a document. */
export type Citation = Omit<CitationDraft, 'node'> & { document: string; block: string };

/** What the title and every part of a document cite, at the ids its passages are published under. */
export function citationsOf({ document, id }: DocumentContext): Citation[] {
  return document.citations.map(({ node, ...citation }) => ({ ...citation, block: node?.id ?? FIXED_IDS.title, document: id }));
}

/** One record per cited number; title, issuer and date as most passages cite them. */
export function referenceRecords(citations: Citation[]): Reference[] {
  const byNumber = new Map<string, Citation[]>();
  for (const citation of citations) byNumber.set(citation.number, [...(byNumber.get(citation.number) ?? []), citation]);
  const used = new Set<string>();
  return [...byNumber.entries()].map(([number, list]) => {
    let id = slugify(number);
    for (let suffix = 2; used.has(id); suffix++) id = `${slugify(number)}-${suffix}`;
    used.add(id);
    const reference: Reference = {
      id,
      number,
      type: mostCommon(list.map((citation) => citation.kind))!,
      implements: [...new Set(list.flatMap((citation) => (citation.implements ? [citation.implements] : [])))],
      citedBy: [...new Set(list.map((citation) => citation.document))],
      citations: list.map((citation) => ({ document: citation.document, block: citation.block, text: citation.sentence })),
    };
    const date = mostCommon(list.flatMap((citation) => (citation.date ? [citation.date] : [])));
    const issuer = mostCommon(list.flatMap((citation) => (citation.issuer ? [citation.issuer] : [])));
    const title = mostCommon(list.flatMap((citation) => (citation.title ? [citation.title.replace(PHRASE_END, '')] : [])));
    return { ...reference, ...(date ? { date } : {}), ...(issuer ? { issuer } : {}), ...(title ? { title } : {}) };
  });
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
}
