import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA } from '../../src/schema/index.ts';
import { OpenDataMismatch, sameOpenData } from '../../scripts/lib/open-data.ts';
import { moveFilesInto } from '../../scripts/lib/swap-in.ts';

function openDataFolder(root: string, name: string, tasks = '[]\n'): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const collection of OPEN_DATA) writeFileSync(join(folder, `${collection}.json`), collection === 'tasks' ? tasks : '[]\n');
  return folder;
}

describe('the stages beside the Astro build', () => {
  it('read the open data the site publishes, or the build stops and names the file that differs', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-open-data-'));
    const copy = openDataFolder(root, 'copy');
    expect(() => sameOpenData(openDataFolder(root, 'same'), copy)).not.toThrow();
    const other = openDataFolder(root, 'other', '[\n  {}\n]\n');
    expect(() => sameOpenData(other, copy)).toThrow(OpenDataMismatch);
    expect(() => sameOpenData(other, copy)).toThrow(join(other, 'tasks.json'));
  });

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
