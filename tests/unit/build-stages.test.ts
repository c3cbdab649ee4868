import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveFilesInto } from '../../scripts/lib/swap-in.ts';

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
