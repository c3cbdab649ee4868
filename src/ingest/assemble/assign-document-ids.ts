import { basename } from 'node:path';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { slugify } from '../../lib/fold-vietnamese.ts';
import { FILE_EXTENSION } from '../patterns/office-files.ts';

/** `cao-bang-kh-ubnd-2026-02`: province (or a national issuer), then number, or symbol and date, or kind and what it implements. */
export function documentIdOf(document: ParsedDocument): string {
  // A published document read back from its archive keeps the id it was published under.
  if (document.retainedAs) return document.retainedAs;
  const { facts } = document;
  const known = facts.number ?? (facts.symbol ? `${facts.symbol} ${facts.date ?? ''}` : facts.implements[0] ? `${facts.kind} ${facts.implements[0]}` : null);
  // A document that names neither its number nor what it implements is known by its file.
  const stem = known ?? basename(document.source.path).replace(FILE_EXTENSION, '');
  // A national document is known by its issuer: `bo-chinh-tri-71-nq-tw`.
  return slugify(`${facts.province ?? facts.issuer ?? ''} ${stem}`);
}

/** Each document's id; a second file giving the same id is fatal for it. */
export function assignDocumentIds(parsed: ParsedDocument[]): string[] {
  const seen = new Map<string, ParsedDocument>();
  return parsed.map((document) => {
    const slug = documentIdOf(document);
    const first = seen.get(slug);
    if (first) {
      document.log.fatal(
        `Unexpected second file for document \`${slug}\` (also ${first.source.path}), expected one seed per document`,
        1,
        'assemble:duplicate-document',
      );
    } else seen.set(slug, document);
    return slug;
  });
}
