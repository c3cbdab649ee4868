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
import { textToPdf } from '../../scripts/lib/office/text-to-pdf.ts';
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
    // Written as a web copy flattens a header: a lone `|` between two cells, two between two rows.
    expect(text.split('\n').slice(0, 10)).toEqual([
      '|',
      '**BỘ XÂY DỰNG**',
      '|',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**',
      '|',
      '|',
      'Số: 1074/QĐ-BXD',
      '|',
      'Hà Nội, ngày 29 tháng 6 năm 2026',
    ]);
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

  it('reads the bold title set on five lines as one, and the signature beside the recipients column by column', () => {
    const bytes = readFileSync(join(fixtures, READABLE));
    const facts = ingestText(bytes, `seeds/${READABLE}`).content!.documents[0]!.facts;
    expect(facts.title).toMatch(/^Quyết định ban hành các giải pháp kỹ thuật .* thuộc thẩm quyền quản lý của Bộ Xây dựng$/u);
    // `Nơi nhận:` sits lower than `KT. BỘ TRƯỞNG` beside it: still one row, then each column in turn.
    expect(facts.signature).toEqual({ capacity: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], mode: 'KT.', name: 'Phạm Minh Hà' });
    expect(facts.recipients).toHaveLength(11);
    expect(facts.recipients[0]).toMatch(/^Như Điều 3/u);
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

  it('is refused when it asks for a password, the other plans published', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
    mkdirSync(join(work, 'seeds'));
    copyFileSync(join(projectDir, 'tests/originals/password/password.pdf'), join(work, 'seeds/bao-ve.pdf'));
    copyFileSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'), join(work, 'seeds/004.txt'));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'));
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/bao-ve\.pdf:1:1: error: Unexpected a password-protected PDF: save it again without a password/u);
    expect(readdirSync(join(work, 'content/documents'))).toEqual(['bac-kan-ke-hoach-91-kl-tw.mdx']);
  });
});

describe('a seed printed to PDF', () => {
  // Chromium prints each seed as an office would (justified paragraphs, first-line indents, a centred
  // title, tables with their cell borders drawn, a header cell's words in one run across two cells).
  const seeds = readdirSync(join(projectDir, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const view = (content: Content) => ({
    tasks: content.tasks.map((task) => ({ id: task.id, lead: task.lead, support: task.support, timeframe: task.timeframe })),
    targets: content.targets.map((target) => ({ id: target.id, value: target.value, unit: target.unit })),
  });
  let browser: Browser;
  // Chromium starts in a second or two, but beside the site tests' builds it took over vitest's 10 s for a hook once.
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a drawn table cell by cell, a merged cell in the first of the cells it covers', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<style>table{border-collapse:collapse}td{border:1px solid #000;padding:3pt;font:12pt serif}</style><table>' +
        '<tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời gian</td></tr>' +
        '<tr><td colspan="4">I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ</td></tr>' +
        '<tr><td>1</td><td>Rà soát quy định về học phí</td><td rowspan="2">Sở Giáo dục và Đào tạo</td><td>Năm 2026</td></tr>' +
        '<tr><td>2</td><td>Ban hành quy chế phối hợp giữa các sở, ngành trong việc cập nhật dữ liệu</td><td>Quý IV/2026</td></tr></table>',
    );
    const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    await page.close();
    expect(readPdf(pdf).text.trim().split('\n')).toEqual([
      '| TT | Nhiệm vụ | Chủ trì | Thời gian |',
      '| --- | --- | --- | --- |',
      '| I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ |  |  |  |',
      '| 1 | Rà soát quy định về học phí | Sở Giáo dục và Đào tạo | Năm 2026 |',
      '| 2 | Ban hành quy chế phối hợp giữa các sở, ngành trong việc cập nhật dữ liệu |  | Quý IV/2026 |',
    ]);
  });

  it('a task table running over three pages (its header row repeated, rows cut by the page) gives the same tasks', async () => {
    // Seed 002 with its table's rows written five times over, numbered on: Chromium repeats the header row on each
    // page, as Word does, and cuts a row at the foot of a page, its number cell left on the first part.
    const seed = readFileSync(join(projectDir, 'seeds/002-cao-bang-ke-hoach-tuyen-truyen-sgddt.txt'), 'utf8');
    const lines = seed.split('\n');
    const rows = lines.filter((line) => /^\d+\t/u.test(line));
    const numbered = Array.from({ length: 5 }, () => rows)
      .flat()
      .map((row, at) => row.replace(/^\d+/u, String(at + 1)));
    const text = lines.flatMap((line) => (line === rows[0] ? numbered : rows.includes(line) ? [] : [line])).join('\n');
    const pdf = await textToPdf(browser, text);
    expect(readPdf(pdf).places.some((place) => place.startsWith('p5:'))).toBe(true);
    const fromText = ingestText(text, 'seeds/long-table.txt').content!;
    const fromPdf = ingestText(pdf, 'seeds/long-table.pdf').content!;
    expect(fromText.tasks.length).toBeGreaterThanOrEqual(rows.length * 5);
    expect(view(fromPdf)).toEqual(view(fromText));
    // Chromium prints five pages and the plan is read twice: about 3 s alone, over 6 s on a busy machine.
  }, 30_000);

  it.each(seeds)('%s gives the tasks, leads, timeframes and targets of the text', async (name) => {
    const text = readFileSync(join(projectDir, 'seeds', name), 'utf8');
    const pdf = await textToPdf(browser, text);
    const fromText = ingestText(text, `seeds/${name}`).content!;
    const fromPdf = ingestText(pdf, `seeds/${name.replace(/\.txt$/u, '.pdf')}`).content!;
    expect(view(fromPdf)).toEqual(view(fromText));
    // Chromium prints the plan and it is read twice: 1.5 to 2 s alone, more on a busy machine.
  }, 20_000);
});
