import { describe, expect, it } from 'vitest';
import { engineFiles, nameEngineFiles } from '../../scripts/lib/search/engine-files.ts';

const entry = {
  languages: {
    vi: { hash: 'vi_96af8ea438', wasm: null, page_count: 41 },
    en: { hash: 'en_1234abcd', wasm: 'en', page_count: 3 },
  },
};
const page = (script: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">${script}<title>Tìm kiếm</title></head><body><script src="/scripts/print.js" defer></script></body></html>`;

describe("the search page names its engine's files", () => {
  it('names the metadata and WebAssembly of the index Pagefind picks for the language', () => {
    expect(engineFiles(entry, 'vi')).toEqual(['pagefind.vi_96af8ea438.pf_meta', 'wasm.unknown.pagefind']);
    expect(engineFiles(entry, 'en-GB')).toEqual(['pagefind.en_1234abcd.pf_meta', 'wasm.en.pagefind']);
    // A page in a language the index lacks: the language with the most pages, as Pagefind falls back.
    expect(engineFiles(entry, 'fr')).toEqual(['pagefind.vi_96af8ea438.pf_meta', 'wasm.unknown.pagefind']);
    expect(() => engineFiles({ languages: {} }, 'vi')).toThrow('no language');
  });

  it('writes them on the page-start script of the search page, and only there', () => {
    const html = nameEngineFiles(page('<script src="/scripts/page-start.js" data-search-page></script>'), entry);
    expect(html).toContain('<script src="/scripts/page-start.js" data-search-page data-search-files="pagefind.vi_96af8ea438.pf_meta wasm.unknown.pagefind"></script>');
    expect(html).toContain('<script src="/scripts/print.js" defer></script>');
  });

  it('replaces the names an earlier index wrote', () => {
    const before = page('<script src="/kb/scripts/page-start.js" data-search-page data-search-files="pagefind.vi_old.pf_meta wasm.unknown.pagefind"></script>');
    const html = nameEngineFiles(before, entry);
    expect(html.match(/data-search-files/gu)).toHaveLength(1);
    expect(html).toContain('data-search-files="pagefind.vi_96af8ea438.pf_meta wasm.unknown.pagefind"');
  });

  it('fails when the page has no script to name them on', () => {
    expect(() => nameEngineFiles(page('<script src="/scripts/page-start.js"></script>'), entry)).toThrow('data-search-page');
  });
});
