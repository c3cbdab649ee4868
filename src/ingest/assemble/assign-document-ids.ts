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

/**
 * Each document's id. Two files giving one id: the one whose text was
 * published under it keeps it (`published`), whatever the files are called;
 * the other is fatal for itself, naming both. Where neither was published
 * (or both, or they differ from what was), both are, until a person decides;
 * an identical copy is fatal for itself.
 */
export function assignDocumentIds(parsed: ParsedDocument[], published: (id: string, document: ParsedDocument) => boolean = () => false): string[] {
  const ids = parsed.map(documentIdOf);
  const claimants = new Map<string, ParsedDocument[]>();
  parsed.forEach((document, index) => claimants.set(ids[index]!, [...(claimants.get(ids[index]!) ?? []), document]));
  for (const [id, group] of claimants) {
    if (group.length < 2) continue;
    const owners = group.filter((document) => published(id, document));
    const copies = group.every((document) => document.source.sha256 === group[0]!.source.sha256);
    const owner = owners.length === 1 ? owners[0]! : copies ? group[0]! : null;
    for (const document of group) {
      if (document === owner) continue;
      const others = group.filter((other) => other !== document).map((other) => other.source.path).join(', ');
      const why = owner
        ? `${owner.source.path} holds ${copies ? 'the same text' : 'the text published under it'}`
        : 'neither holds the text published under it: rename or remove one, or give one its own number';
      document.log.fatal(`Unexpected second file for document \`${id}\` (also ${others}): ${why}; expected one seed per document`, 1, 'assemble:duplicate-document');
    }
  }
  return ids;
}
