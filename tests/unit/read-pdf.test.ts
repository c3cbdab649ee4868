import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readPdf } from '../../src/ingest/read/read-pdf.ts';
import { ingestText } from '../helpers/ingest-text.ts';
import { runIngestCli } from '../helpers/run-ingest-cli.ts';
import { launchChromium } from '../helpers/browser.ts';
import { textToPdf } from '../helpers/text-to-pdf.ts';
import type { Content } from '../../src/schema/index.ts';

// Two real PDFs (../shared/corpus/originals/, byte for byte): a ministry's decision with a good text layer,
// its header in two columns; an inspection plan re-saved by a printer driver, its fonts without a Unicode map.
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(projectDir, 'tests/originals');
const READABLE = 'QD-1074-QD-BXD-29-6-2026.pdf';
const UNREADABLE = 'KH-1105-DKT-ke-hoach-kiem-tra.pdf';

describe('a PDF with a text layer', () => {
  it('reads its two-column header as such, and gives the header facts', () => {
    const bytes = readFileSync(join(fixtures, READABLE));
    const { text, places } = readPdf(bytes);
    expect(text.split('\n')[0]).toBe('| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |');
    expect(places[0]).toBe('p1:l1');
    expect(places.some((place) => place.startsWith('p2:'))).toBe(true);
    const facts = ingestText(bytes, `seeds/${READABLE}`).content!.documents[0]!.facts;
    expect(facts.kind).toBe('Quyết định');
    expect(facts.number).toBe('1074/QĐ-BXD');
    expect(facts.date).toBe('2026-06-29');
    expect(facts.issuer).toBe('Bộ Xây dựng');
    // A ministry's decision belongs to no province, though it is signed in Hà Nội.
    expect(facts.national).toBe(true);
    expect(facts.province).toBeNull();
  });
});

describe('a PDF that cannot be read right', () => {
  it('is refused, saying why and what to do, and the other plans are published', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
    mkdirSync(join(work, 'seeds'));
    copyFileSync(join(fixtures, UNREADABLE), join(work, 'seeds', UNREADABLE));
    copyFileSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'), join(work, 'seeds/004.txt'));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'));
    expect(run.status).toBe(2);
    expect(run.output).toMatch(
      /KH-1105-DKT-ke-hoach-kiem-tra\.pdf:1:1: error: Unexpected the text layer is unreadable \(.*\): fonts without a Unicode map; export the text from the source document \(save it as \.docx\), or OCR the scan/u,
    );
    expect(readdirSync(join(work, 'content/documents'))).toEqual(['bac-kan-ke-hoach-91-kl-tw.mdx']);
    expect(readFileSync(join(work, 'content/passages.json'), 'utf8')).not.toMatch(/Ӣ|Ѭ/u);
  });
});

describe('a seed printed to PDF', () => {
  // Chromium prints each seed as an office would (justified paragraphs, first-line indents, a centred
  // title). Plans whose tasks sit in a table are left out: a PDF's body table is not yet read as a grid.
  const seeds = readdirSync(join(projectDir, 'seeds'))
    .filter((name) => name.endsWith('.txt') && !readFileSync(join(projectDir, 'seeds', name), 'utf8').includes('\t'))
    .sort();
  const view = (content: Content) => ({
    tasks: content.tasks.map((task) => ({ id: task.id, lead: task.lead, support: task.support, timeframe: task.timeframe })),
    targets: content.targets.map((target) => ({ id: target.id, value: target.value, unit: target.unit })),
  });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(seeds)('%s gives the tasks, leads, timeframes and targets of the text', async (name) => {
    const text = readFileSync(join(projectDir, 'seeds', name), 'utf8');
    const pdf = await textToPdf(browser, text);
    const fromText = ingestText(text, `seeds/${name}`).content!;
    const fromPdf = ingestText(pdf, `seeds/${name.replace(/\.txt$/u, '.pdf')}`).content!;
    expect(view(fromPdf)).toEqual(view(fromText));
  });
});
