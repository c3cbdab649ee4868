import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveFilesInto } from '../../scripts/lib/swap-in.ts';
import { reusedPages } from '../../scripts/lib/build-stages.ts';

describe('the stages beside the Astro build', () => {
  it('move their files into the built site, and refuse a file two stages wrote', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-move-into-'));
    const [extras, site] = [join(root, 'extras'), join(root, 'site')];
    mkdirSync(join(extras, 'pagefind', 'index'), { recursive: true });
    mkdirSync(join(site, 'api'), { recursive: true });
    writeFileSync(join(extras, 'pagefind', 'index', 'a.pf_index'), 'index');
    writeFileSync(join(site, 'api', 'tasks.json'), '[]\n');
    moveFilesInto(extras, site);
    expect(readFileSync(join(site, 'pagefind', 'index', 'a.pf_index'), 'utf8')).toBe('index');
    expect(existsSync(extras)).toBe(false);

    mkdirSync(join(extras, 'api'), { recursive: true });
    writeFileSync(join(extras, 'api', 'tasks.json'), 'other');
    expect(() => moveFilesInto(extras, site)).toThrow(`${join(site, 'api', 'tasks.json')}: written by two stages of the build`);
  });
});

describe("Astro's build output", () => {
  it('counts the pages Astro found in the folder it builds apart from those it copied from its cache', () => {
    const output = [
      '\x1b[32m  ├─\x1b[39m \x1b[2m/nhiem-vu/kh-1/ii-1/index.html\x1b[22m \x1b[32m(cached)\x1b[39m',
      '  ├─ /nhiem-vu/kh-1/ii-2/index.html (restored)',
      '  ├─ /nhiem-vu/kh-1/ii-3/index.html (+12ms)',
      '  ├─ /co-quan/so-gd/index.html (cached) ',
    ].join('\n');
    expect(reusedPages(output)).toEqual({ inPlace: 2, copied: 1 });
  });
});
