import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceData } from '../reference-data.ts';
import type { MessageLog } from '../messages.ts';
import type { DocumentVersion, VersionEntry, VersionPage } from '../../schema/index.ts';
import { isParsed, type ParsedDocument, type UnreadDocument } from '../model/parsed-document.ts';
import { reconcileIds } from '../assemble/reconcile-ids.ts';
import { notInside } from '../read/inside-folder.ts';
import { wordsOf, wordsOfBytes } from '../../lib/same-words.ts';
import { buildPage, OUTLINE_PASSAGE_KINDS, passagesOf } from './build-page.ts';
import type { PageBlock } from './render-mdx.ts';

/** An earlier text of a document, ready to be written as its own page. */
export interface EarlierVersion {
  page: VersionPage;
  blocks: PageBlock[];
  summary: DocumentVersion;
}

/**
 * The published texts of a document (data/versions.json, archived by
 * `npm run record-urls`), the current one too (its page stays when the text
 * changes and changes back): each read by the same pipeline (`parse`), its ids
 * bound by the same lock so that an item has one id in every version, and
 * compared with the current text item by item.
 */
export function readVersions(
  document: string,
  current: { blocks: PageBlock[]; parsed: ParsedDocument },
  data: ReferenceData,
  parse: (path: string, bytes: Uint8Array) => ParsedDocument | UnreadDocument,
  log: MessageLog,
): EarlierVersion[] {
  const now = itemTexts(document, current.blocks);
  return (data.versions[document] ?? [])
    .flatMap((entry) => {
      const file = join(data.dataDir, entry.file);
      if (!existsSync(file)) {
        log.warn(`Unexpected missing archived version ${entry.file}, expected the text data/versions.json lists`, 1, 'versions:missing');
        return [];
      }
      const refused = notInside(data.dataDir, file);
      if (refused) {
        log.fatal(`Unexpected archived version data/${entry.file}: ${refused}, expected a regular file inside data/; it is not read`, 1, 'versions:outside');
        return [];
      }
      // The current text (or one that differs only in line ends, a byte-order mark or trailing spaces) is read already, its ids bound.
      const bytes = readFileSync(file);
      const isCurrent = entry.sha256 === current.parsed.source.sha256 || wordsOfBytes(bytes) === wordsOf(current.parsed.source.text);
      const parsed = isCurrent ? current.parsed : parse(entry.file, bytes);
      if (!isParsed(parsed)) return [];
      const roots = [parsed.issuing, parsed.root].filter((root) => root !== null);
      if (!isCurrent) reconcileIds(roots, data.idLock[document] ?? [], [], parsed.log);
      const blocks = buildPage(parsed.regions, parsed.facts, { ...parsed, removed: [] }, new Map(), new Map());
      return [{ page: pageOf(document, entry, parsed.facts.title), blocks, summary: compare(entry, itemTexts(document, blocks), now) }];
    });
}

function pageOf(document: string, entry: VersionEntry, title: string): VersionPage {
  const version = entry.sha256.slice(0, 12);
  return { id: `${document}--${version}`, document, version, sha256: entry.sha256, recorded: entry.recorded, title };
}

function itemTexts(document: string, blocks: PageBlock[]): Map<string, string> {
  return new Map(
    passagesOf(document, blocks, () => undefined)
      .filter((passage) => OUTLINE_PASSAGE_KINDS.has(passage.kind))
      .map((passage) => [passage.id, passage.text]),
  );
}

/** What the current text inserted, removed and reworded since an earlier one, by id. */
function compare(entry: VersionEntry, before: Map<string, string>, now: Map<string, string>): DocumentVersion {
  return {
    version: entry.sha256.slice(0, 12),
    recorded: entry.recorded,
    inserted: [...now.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !now.has(id)),
    amended: [...now.entries()].filter(([id, text]) => before.has(id) && before.get(id) !== text).map(([id]) => id),
  };
}
