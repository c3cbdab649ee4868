import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../../src/ingest/read/read-docx.ts';
import { readPlanFile } from '../../src/ingest/read/read-file.ts';
import { formatMessage, MessageLog } from '../../src/ingest/messages.ts';
import { ingestText } from '../helpers/ingest-text.ts';
import { runIngestCli } from '../helpers/run-ingest-cli.ts';
import { textToDocx } from '../../scripts/lib/office/text-to-docx.ts';
import type { Content } from '../../src/schema/index.ts';

// Two real Word plans of a Sở (../shared/corpus/originals/, byte for byte): Word's own numbering, the header
// and the signature laid out in tables without lines, drawn lines anchored by offsets, a schedule table.
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(projectDir, 'tests/originals');
const originals = readdirSync(fixtures).filter((name) => name.endsWith('.docx')).sort();
const ingested = new Map<string, Content>();

beforeAll(() => {
  for (const name of originals) ingested.set(name, ingestText(readFileSync(join(fixtures, name)), `seeds/${name}`).content!);
});

describe('a Word plan, read as Word shows it', () => {
  it.each(originals)('%s: header facts, title and parts as Word shows them, its number blank', (name) => {
    const document = ingested.get(name)!.documents[0]!.facts;
    expect(document.kind).toBe('Kế hoạch');
    expect(document.number).toBeNull();
    expect(document.symbol).toBe('KH-SCT');
    expect(document.issuer).toBe('Sở Công Thương');
    expect(document.province).toBe('Lào Cai');
    expect(document.signer).toBe('Hoàng Văn Thuân');
    // The title's second paragraph, wrapped by hand in Word, is part of it.
    expect(document.title).toMatch(/^Kế hoạch .*trên địa bàn tỉnh Lào Cai$/u);
    expect(document.outline.filter((entry) => entry.level === 1).map((entry) => `${entry.label} ${entry.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it.each(originals)('%s: the numbers Word draws from numbering.xml, and never a drawing anchor’s digits', (name) => {
    const bytes = readFileSync(join(fixtures, name));
    const { text, places } = readDocx(bytes);
    const xml = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
    // The schedule's first column is numbered by Word: the digits are not in the XML's text.
    expect(xml).toContain('<w:numPr>');
    expect(text).toMatch(/^\| 1\. \| Rà soát việc đáp ứng các điều kiện của học viên \|/mu);
    expect(text).toMatch(/^\| 9\. \| Trình ký/mu);
    for (const offset of xml.matchAll(/<wp:posOffset>(\d{4,})<\/wp:posOffset>/gu)) expect(text).not.toContain(offset[1]);
    expect(JSON.stringify(ingested.get(name)!)).not.toMatch(/\d{4,}Số/u);
    expect(places).toHaveLength(text.split('\n').length - 1);
    expect(places.every((place) => /^¶\d+$/u.test(place))).toBe(true);
  });
});

describe('a Sở’s own plan (issue 31, point 9)', () => {
  it.each(originals)('%s: each row of the annex assigning the work is a task led by the people its cell names, one a line', (name) => {
    const rows = ingested.get(name)!.tasks.filter((task) => task.section.startsWith('sau-chu-ky-bang'));
    expect(rows).toHaveLength(9);
    expect(rows[0]!.text).toBe('Rà soát việc đáp ứng các điều kiện của học viên');
    expect(rows.every((task) => task.lead.length > 0 && task.lead.every((person) => /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u.test(person)))).toBe(true);
    expect(rows.find((task) => task.text.startsWith('Tổ chức chấm bài'))!.lead).toEqual(['Vũ Việt Linh']);
  });

  it('gives the items after `Giao phòng X triển khai, thực hiện các công việc liên quan:` to that office', () => {
    const duties = ingested.get('KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx')!.tasks.filter((task) => task.path.startsWith('III'));
    expect(duties.map((task) => [task.path, task.lead])).toEqual([
      ['III.2', ['Phòng Quản lý Công nghiệp']],
      ['III.3', ['Phòng Quản lý Công nghiệp']],
    ]);
  });
});

describe('a text box', () => {
  it('is read once, after the paragraph that anchors it, and its anchor offsets never', () => {
    // As Word 2010 and later write a text box: the DrawingML box (mc:Choice) and its VML copy for older
    // readers (mc:Fallback), each with the same w:txbxContent, anchored by offsets in EMU.
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>
<w:p><w:r><w:t>Số: 12/KH-UBND</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>2705109</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>52500</wp:posOffset></wp:positionV><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('DỰ THẢO')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox>${box('DỰ THẢO')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:r><w:t>Sở Giáo dục và Đào tạo chủ trì.</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(document) });
    const { text } = readDocx(bytes);
    expect(text).toBe('Số: 12/KH-UBND\n\nDỰ THẢO\n\nSở Giáo dục và Đào tạo chủ trì.\n');
  });
});

describe('what the XML parser says of a Word file (issue 34.4)', () => {
  it('goes to the file’s log, naming the file and the part, never to the console alone', () => {
    const document = `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Sở Giáo dục&nbsp;và Đào tạo chủ trì.</w:t></w:r></w:p></w:body></w:document>`;
    const spoken: unknown[] = [];
    const console_ = vi.spyOn(console, 'error').mockImplementation((...args) => void spoken.push(args));
    const log = new MessageLog('seeds/plan.docx');
    readPlanFile('seeds/plan.docx', zipSync({ 'word/document.xml': strToU8(document) }), log);
    console_.mockRestore();
    expect(spoken).toEqual([]);
    expect(log.messages.map(formatMessage)).toEqual([expect.stringMatching(/^seeds\/plan\.docx:1:1: warning: Unexpected XML in the file's word\/document\.xml: entity not found:.*nbsp.* \(read:docx\)$/u)]);
  });
});

describe('a seed saved as Word, its numbers as Word numbering', () => {
  const seeds = readdirSync(join(projectDir, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
  const view = (content: Content) => ({
    tasks: content.tasks.map((task) => ({ id: task.id, lead: task.lead, support: task.support, timeframe: task.timeframe })),
    targets: content.targets.map((target) => ({ id: target.id, value: target.value, unit: target.unit })),
  });

  it.each(seeds)('%s gives the tasks, leads, timeframes and targets of the text', async (name) => {
    const text = readFileSync(join(projectDir, 'seeds', name), 'utf8');
    const docx = await textToDocx(text);
    const xml = strFromU8(unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
    expect(xml.split('<w:numPr>').length - 1, 'paragraphs numbered by Word').toBeGreaterThanOrEqual(5);
    const fromText = ingestText(text, `seeds/${name}`).content!;
    const fromWord = ingestText(docx, `seeds/${name.replace(/\.txt$/u, '.docx')}`).content!;
    expect(view(fromWord)).toEqual(view(fromText));
  });
});

describe('the same plan in two files (24.6)', () => {
  it('is one document, read from the Word file, the build saying which it read and why', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-two-files-'));
    mkdirSync(join(work, 'seeds'));
    // Bắc Kạn's plan with the number and date an issued copy has.
    const text = `Số: 88/KH-UBND\n\nBắc Kạn, ngày 05 tháng 11 năm 2024\n${readFileSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'), 'utf8')}`;
    writeFileSync(join(work, 'seeds/ke-hoach-88.txt'), text);
    writeFileSync(join(work, 'seeds/ke-hoach-88.docx'), await textToDocx(text));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'), ['--verbose']);
    expect(run.status, run.output).toBe(0);
    const documents = readdirSync(join(work, 'content/documents'));
    expect(documents).toHaveLength(1);
    expect(readFileSync(join(work, 'content/documents', documents[0]!), 'utf8')).toMatch(/^source: .*ke-hoach-88\.docx$/mu);
    expect(run.output).toMatch(/ke-hoach-88\.docx:¶\d+: warning: Read .*ke-hoach-88\.docx, not .*ke-hoach-88\.txt: the same plan \(88\/KH-UBND, 2024-11-05\) in two files; a Word file’s numbering and tables are explicit/u);
  });
});

describe('a Word file that cannot be read', () => {
  it('is refused with why and what to do, the rest published; a message about a Word file names its paragraph', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-docx-'));
    mkdirSync(join(work, 'seeds'));
    writeFileSync(join(work, 'seeds/hong.docx'), 'not a zip');
    copyFileSync(join(projectDir, 'tests/originals/password/password.docx'), join(work, 'seeds/bao-ve.docx'));
    writeFileSync(join(work, 'seeds/ole.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(join(work, 'seeds/ke-hoach.docx'), readFileSync(join(fixtures, originals[0]!)));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'));
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/hong\.docx:1:1: error: Unexpected not a Word \.docx file \(it is not a zip archive\): save it from Word as \.docx/u);
    expect(run.output).toMatch(/bao-ve\.docx:1:1: error: Unexpected a password-protected Word file: open it in Word, remove the password \(File › Info › Protect Document\) and save it as \.docx/u);
    expect(run.output).toMatch(/ole\.docx:1:1: error: Unexpected an OLE file, not a Word \.docx: save it from Word as \.docx/u);
    expect(readdirSync(join(work, 'content/documents'))).toEqual(['lao-cai-kh-sct-2026-04.mdx']);

    const log = new MessageLog('seeds/ke-hoach.docx');
    log.places = ['¶1', '¶1', '¶41'];
    expect(formatMessage(log.warn('Unexpected something', 3, 'extract:example'))).toBe('seeds/ke-hoach.docx:¶41: warning: Unexpected something (extract:example)');
  });
});
