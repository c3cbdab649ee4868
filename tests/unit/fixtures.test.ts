import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestText, summarise } from '../helpers/ingest-text.ts';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('bad-'))
  .map((entry) => entry.name);

// Each folder holds input.txt cut from a seed (or written in the same genre)
// and document.json, the reviewed summary of what the ingest reads from it.
// Refresh deliberately with `vitest -u` and review the diff.
describe('fixtures', () => {
  it.each(cases)('reads %s as its reviewed summary says', async (name) => {
    const input = readFileSync(`${fixturesDir}${name}/input.txt`);
    const summary = summarise(ingestText(input, `tests/fixtures/${name}/input.txt`));
    await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(`${fixturesDir}${name}/document.json`);
  });
});
