import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TASK_RULES } from '../../../src/ingest/extract/rules/index.ts';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { referenceData } from '../../helpers/ingest-text.ts';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));

/** How often each rule decided a block while the fixture was read. */
function firedOn(fixture: string): Map<string, number> {
  const fired = new Map<string, number>();
  const bytes = readFileSync(`${projectDir}tests/fixtures/${fixture}/input.txt`);
  ingest([{ path: `tests/fixtures/${fixture}/input.txt`, load: () => bytes }], { ...referenceData, idLock: {}, versions: {} }, {
    rules: () => ({ off: new Set(), fired: (rule) => fired.set(rule, (fired.get(rule) ?? 0) + 1) }),
  });
  return fired;
}

// One rule, one fixture, one test: a rule added to rules/index.ts without them fails here.
describe('every task rule (extract/rules/index.ts)', () => {
  it('has a name of its own', () => {
    expect(new Set(TASK_RULES.map((rule) => rule.name)).size).toBe(TASK_RULES.length);
  });

  it.each(TASK_RULES.map((rule) => rule.name))('%s: lives in its file, has its fixture and unit test, and decides blocks of its fixture', (name) => {
    const missing = [`src/ingest/extract/rules/${name}.ts`, `tests/fixtures/${name}/input.txt`, `tests/fixtures/${name}/document.json`, `tests/unit/rules/${name}.test.ts`].filter(
      (path) => !existsSync(`${projectDir}${path}`),
    );
    expect(missing).toEqual([]);
    expect(readFileSync(`${projectDir}src/ingest/extract/rules/${name}.ts`, 'utf8')).toContain(`name: '${name}'`);
    expect(firedOn(name).get(name) ?? 0).toBeGreaterThan(0);
  });
});
