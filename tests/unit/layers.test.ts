import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers, LAYER_RULES, strayPatterns, type LayerReport } from '../../scripts/lib/layers.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));

/** The most floors src/ingest may stand on: pipeline, the phases side by side, and what they share below. */
const MOST_INGEST_FLOORS = 6;

/** The most regular-expression literals src/ingest may hold outside patterns/. */
const MOST_PATTERNS_OUTSIDE = 3;

/** A copy of src/ and scripts/ with some imports added (`file: line` appended), checked with the project's rules. */
const planted: string[] = [];
async function checkWith(imports: Record<string, string>): Promise<LayerReport> {
  const copy = mkdtempSync(join(tmpdir(), 'layers-'));
  planted.push(copy);
  for (const folder of ['src', 'scripts']) cpSync(join(projectDir, folder), join(copy, folder), { recursive: true });
  for (const [file, line] of Object.entries(imports)) appendFileSync(join(copy, file), `\n${line}\n`);
  return checkLayers(copy, join(projectDir, LAYER_RULES));
}
afterAll(() => planted.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

describe('the layers of the house (.dependency-cruiser.cjs)', () => {
  it('hold on src/ and scripts/: no cycle, no import from a lower layer to a higher one', async () => {
    const report = await checkLayers(projectDir);
    expect(report.modules).toBeGreaterThan(100);
    expect(report.violations).toEqual([]);
    expect(report.ingestFloors.length, report.ingestFloors.join(' → ')).toBeLessThanOrEqual(MOST_INGEST_FLOORS);
    expect(report.ingestFloors[0]).toBe('pipeline.ts');
  });

  it('catch an upward import, a phase importing another, the site importing the ingest and a cycle', async () => {
    const report = await checkWith({
      'src/ingest/model/outline.ts': "import '../readers/timeframe.ts';",
      'src/ingest/parse/parse-blocks.ts': "import '../assemble/version-ids.ts';",
      'src/lib/format.ts': "import '../ingest/pipeline.ts';",
      'src/ingest/patterns/numbering.ts': "import './sections.ts';",
      'src/ingest/patterns/sections.ts': "import './numbering.ts';",
    });
    expect(report.violations).toEqual(
      expect.arrayContaining([
        'model-below-readers: src/ingest/model/outline.ts → src/ingest/readers/timeframe.ts',
        'phases-side-by-side: src/ingest/parse/parse-blocks.ts → src/ingest/assemble/version-ids.ts',
        'site-never-imports-ingest: src/lib/format.ts → src/ingest/pipeline.ts',
        'no-circular: src/ingest/patterns/numbering.ts → src/ingest/patterns/sections.ts',
      ]),
    );
  });

  it('count the floors a planted chain adds to src/ingest', async () => {
    // parse → extract → readers: a phase standing on another puts one more floor under the pipeline.
    const report = await checkWith({ 'src/ingest/parse/parse-blocks.ts': "import '../extract/part-kind.ts';" });
    expect(report.ingestFloors.slice(0, 3)).toEqual(['pipeline.ts', 'parse', 'extract']);
    expect(report.ingestFloors.length).toBe((await checkLayers(projectDir)).ingestFloors.length + 1);
  });

  it('keep regular expressions in patterns/: one elsewhere is a named constant said private to its function', () => {
    const { stray, outside } = strayPatterns(projectDir);
    expect(stray).toEqual([]);
    // 157 at 930b479, before the rule: the count may only fall.
    expect(outside).toBeLessThanOrEqual(MOST_PATTERNS_OUTSIDE);
    const copy = mkdtempSync(join(tmpdir(), 'layers-'));
    planted.push(copy);
    cpSync(join(projectDir, 'src'), join(copy, 'src'), { recursive: true });
    appendFileSync(join(copy, 'src/ingest/parse/parse-blocks.ts'), "\nconst TRAILING_DASH = /-$/u;\nexport const endsWithDash = (text: string) => TRAILING_DASH.test(text) || /–$/u.test(text);\n");
    expect(strayPatterns(copy).stray).toEqual([
      expect.stringMatching(/^src\/ingest\/parse\/parse-blocks\.ts:\d+: const TRAILING_DASH = /u),
      expect.stringMatching(/^src\/ingest\/parse\/parse-blocks\.ts:\d+: export const endsWithDash/u),
    ]);
  });
});
