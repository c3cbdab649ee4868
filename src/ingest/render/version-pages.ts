import type { DocumentVersion, VersionEntry, VersionPage } from '../../schema/index.ts';
import type { ParsedVersion } from '../model/parsed-document.ts';
import { buildPage, OUTLINE_PASSAGE_KINDS, passagesOf } from './build-page.ts';
import type { PageBlock } from './render-mdx.ts';

/** An earlier text of a document, ready to be written as its own page. */
export interface EarlierVersion {
  page: VersionPage;
  blocks: PageBlock[];
  summary: DocumentVersion;
}

/**
 * The page of each published text of a document (the current one too: its
 * page stays when the text changes and changes back), and what the current
 * text inserted, removed and reworded since, item by item.
 */
export function versionPages(document: string, currentBlocks: PageBlock[], versions: ParsedVersion[]): EarlierVersion[] {
  const now = itemTexts(document, currentBlocks);
  return versions.map(({ entry, parsed }) => {
    const blocks = buildPage(parsed.regions, parsed.facts, { ...parsed, removed: [] }, new Map(), new Map());
    return { page: pageOf(document, entry, parsed.facts.title), blocks, summary: compare(entry, itemTexts(document, blocks), now) };
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
