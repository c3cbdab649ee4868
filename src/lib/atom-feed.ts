import type { DocumentFacts } from '../schema/index.ts';

export interface FeedEntry {
  /** Stable across builds: the document's id in a tag: URI. */
  id: string;
  title: string;
  /** Site-relative or full address of the document's page. */
  link: string;
  /** ISO date the document was issued or first published. */
  published: string;
  /** ISO date of its last change: the newest text published, else `published`. */
  updated: string;
  summary: string;
}

const TAG = 'tag:tra-cuu-ke-hoach-giao-duc,2026';

/**
 * An entry per document: issued when it says, else when this site first
 * published it; a document not yet recorded as published counts as the
 * newest (and, with no date known anywhere, has no entry). Updated when a
 * text of it was last recorded as published.
 */
export function feedEntries(documents: DocumentFacts[], link: (document: DocumentFacts) => string): FeedEntry[] {
  // A date known to the month or the year (`2026-02`) counts from its first day.
  const issuedOf = (document: DocumentFacts) => (document.date ? `${document.date}-01-01`.slice(0, 10) : document.firstPublished);
  const known = documents.flatMap((document) => [issuedOf(document), ...document.versions.map((version) => version.recorded)]);
  const newest = known.filter((date): date is string => date !== null).sort().at(-1);
  return documents
    .flatMap((document) => {
      const issued = issuedOf(document) ?? newest;
      return issued ? [entryOf(document, issued, link(document))] : [];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}

function entryOf(document: DocumentFacts, issued: string, link: string): FeedEntry {
  const recorded = document.versions.map((version) => version.recorded).sort();
  const issuer = `${document.issuer ?? 'cơ quan chưa xác định'}${document.province && !document.issuer?.includes(document.province) ? `, ${document.province}` : ''}`;
  return {
    id: `${TAG}:${document.id}`,
    title: document.title,
    link,
    published: issued,
    updated: [issued, ...recorded].sort().at(-1)!,
    summary: `${document.kind}${document.number ? ` ${document.number}` : ''} của ${issuer}: ${document.counts.tasks} nhiệm vụ, ${document.counts.targets} chỉ tiêu.${recorded.length > 0 ? ' Có văn bản sửa đổi.' : ''}`,
  };
}

/** Atom 1.0 (RFC 4287); the feed is updated when its last entry was (a feed without entries, never: the epoch). */
export function atomXml(options: { title: string; self: string; home: string; entries: FeedEntry[] }): string {
  const updated = options.entries.map((entry) => entry.updated).sort().at(-1) ?? '1970-01-01';
  const time = (date: string) => `${date}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${TAG}:van-ban</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${time(updated)}</updated>`,
    `  <link rel="self" href="${escapeXml(options.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.home)}"/>`,
    '  <author><name>Tra cứu kế hoạch giáo dục</name></author>',
    ...options.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${entry.id}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <published>${time(entry.published)}</published>`,
      `    <updated>${time(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
