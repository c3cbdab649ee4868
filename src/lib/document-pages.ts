import type { DocumentPageIndex } from '../schema/index.ts';

/**
 * The page of a long document (split by its parts) that holds an id: the
 * page that names it apart, else the one holding the narrowest whole
 * subtree it is in (`iii-2-y4` is in `iii-2`, in `iii`). Null when no page
 * holds it (the document's first page does, or no element has it).
 */
export function pageOfId<Page extends DocumentPageIndex>(pages: Page[], id: string): Page | null {
  return pages.find((page) => page.exact.includes(id)) ?? pageOfRoot(pages, id);
}

/** The page holding the narrowest whole subtree an id is in, by the ids' nesting (`iii-2-y4` under `iii-2`). */
export function pageOfRoot<Page extends DocumentPageIndex>(pages: Page[], id: string): Page | null {
  let found: Page | null = null;
  let length = -1;
  for (const page of pages) {
    for (const root of page.roots) {
      if ((id === root || id.startsWith(`${root}-`)) && root.length > length) {
        found = page;
        length = root.length;
      }
    }
  }
  return found;
}
