import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestText, summarise } from '../helpers/ingest-text.ts';
import { runIngestCli } from '../helpers/run-ingest-cli.ts';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fixture = readFileSync(join(projectDir, 'tests/fixtures/sub-item-leads/input.txt'), 'utf8');
const reference = summarise(ingestText(fixture));

describe('the same text, written differently', () => {
  it('reads CRLF line ends as LF', () => {
    const { messages, ...crlf } = summarise(ingestText(fixture.replace(/\n/gu, '\r\n'))) as Record<string, unknown>;
    const { messages: _, ...lf } = reference as Record<string, unknown>;
    expect(crlf).toEqual(lf);
    expect(messages).toContain('seeds/fixture.txt:1:1: info: Line ends CRLF or CR read as LF (read:line-ends)');
  });

  it('reads decomposed (NFD) text as NFC', () => {
    const decomposed = fixture.normalize('NFD');
    expect(decomposed).not.toBe(fixture);
    const { messages, ...nfd } = summarise(ingestText(decomposed)) as Record<string, unknown>;
    const { messages: _, ...nfc } = reference as Record<string, unknown>;
    expect(nfd).toEqual(nfc);
    expect(messages).toContain('seeds/fixture.txt:1:1: info: Decomposed (NFD) text normalised to NFC (read:nfc)');
  });

  it('tolerates a UTF-8 byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(fixture)]);
    expect(summarise(ingestText(withBom))).toEqual(reference);
  });

  it('resolves old and new tone placement (Uỷ/Ủy, hoá/hóa) to the same agency', () => {
    const plan = (agency: string) =>
      `KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2026 trên địa bàn tỉnh Cao Bằng\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. ${agency} chủ trì, phối hợp với các sở, ban, ngành\n\n- Rà soát quy hoạch mạng lưới trường lớp.\n`;
    const lead = (agency: string) => ingestText(plan(agency)).content!.tasks[0]!.leadIds;
    expect(lead('Uỷ ban nhân dân tỉnh')).toEqual(lead('Ủy ban nhân dân tỉnh'));
    expect(lead('Sở Văn hoá, Thể thao và Du lịch')).toEqual(lead('Sở Văn hóa, Thể thao và Du lịch'));
    expect(lead('Sở Văn hoá, Thể thao và Du lịch')).toEqual(['cao-bang-so-van-hoa-the-thao-va-du-lich']);
  });
});

describe('an accepted variant through the command line', () => {
  it('ingests a CRLF, NFD seed and exits 0', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-crlf-'));
    mkdirSync(join(work, 'seeds'));
    writeFileSync(join(work, 'seeds/crlf.txt'), fixture.normalize('NFD').replace(/\n/gu, '\r\n'));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'), ['--verbose']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('crlf.txt:1:1: info: Line ends CRLF or CR read as LF (read:line-ends)');
  });
});

describe('what else the seeds folder holds (issue 34.4)', () => {
  it('names a folder, a link to a folder and a file of another format, instead of passing them over in silence', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-seeds-entries-'));
    mkdirSync(join(work, 'seeds'));
    copyFileSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'), join(work, 'seeds/plan.txt'));
    mkdirSync(join(work, 'elsewhere'));
    copyFileSync(join(projectDir, 'seeds/003-lam-dong-chuong-trinh-hanh-dong-71-nq-tw.txt'), join(work, 'elsewhere/more.txt'));
    symlinkSync(join(work, 'elsewhere'), join(work, 'seeds/linked'));
    mkdirSync(join(work, 'seeds/old'));
    writeFileSync(join(work, 'seeds/plan.odt'), 'not read');
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'), ['--verbose']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/seeds\/linked:1:1: warning: Unexpected folder .*seeds\/linked \(a link to .*elsewhere\), expected plan files: the seeds folder is read one level deep, its folders are not read \(read:folder\)/u);
    expect(run.output).toMatch(/seeds\/old:1:1: warning: Unexpected folder .*seeds\/old, expected plan files/u);
    expect(run.output).toMatch(/seeds\/plan\.odt:1:1: warning: Unexpected file .*seeds\/plan\.odt: not a plan's format \(\.txt, \.md, \.docx or \.pdf\); it is not read \(read:format\)/u);
  });
});

describe('two files, one document', () => {
  it('is a clear error naming both files, not a silent overwrite; the first is published', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-twice-'));
    mkdirSync(join(work, 'seeds'));
    const seed = join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt');
    copyFileSync(seed, join(work, 'seeds/a.txt'));
    copyFileSync(seed, join(work, 'seeds/b.txt'));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'));
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/seeds\/b\.txt: left out for the errors above/u);
    expect(run.output).toMatch(/seeds\/b\.txt:1:1: error: Unexpected second file for document `bac-kan-ke-hoach-91-kl-tw` \(also .*seeds\/a\.txt\): .*seeds\/a\.txt holds the same text; expected one seed per document/u);
  });

  it('leaves the address to the file whose text was published, never to a newcomer whose name sorts first (issue 34.2)', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-impostor-'));
    mkdirSync(join(work, 'seeds'));
    unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
    const seed = readFileSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'));
    const sha = createHash('sha256').update(seed).digest('hex');
    // The plan as published, archived under its id.
    mkdirSync(join(work, 'data/versions/bac-kan-ke-hoach-91-kl-tw'), { recursive: true });
    writeFileSync(join(work, `data/versions/bac-kan-ke-hoach-91-kl-tw/${sha.slice(0, 12)}.txt`), seed);
    const entry = { sha256: sha, recorded: '2026-03-10', file: `versions/bac-kan-ke-hoach-91-kl-tw/${sha.slice(0, 12)}.txt` };
    writeFileSync(join(work, 'data/versions.json'), `${JSON.stringify({ 'bac-kan-ke-hoach-91-kl-tw': [entry] })}\n`);
    writeFileSync(join(work, 'seeds/z-published.txt'), seed);
    // A newcomer claiming the same plan, its text another.
    writeFileSync(join(work, 'seeds/a-newcomer.txt'), seed.toString('utf8').replace(/Tiếp tục quán triệt/gu, 'Không cần quán triệt'));
    const run = runIngestCli(join(work, 'seeds'), join(work, 'content'), ['--data', join(work, 'data')]);
    expect(run.output).toMatch(/seeds\/a-newcomer\.txt:1:1: error: Unexpected second file for document `bac-kan-ke-hoach-91-kl-tw` \(also .*z-published\.txt\): .*z-published\.txt holds the text published under it/u);
    expect(readFileSync(join(work, 'content/documents/bac-kan-ke-hoach-91-kl-tw.mdx'), 'utf8')).toContain('Tiếp tục quán triệt');
    // Neither published: both refused until a person decides.
    rmSync(join(work, 'seeds/z-published.txt'));
    writeFileSync(join(work, 'seeds/b-other.txt'), seed.toString('utf8').replace(/Tiếp tục quán triệt/gu, 'Tiếp tục phổ biến'));
    writeFileSync(join(work, 'data/versions.json'), '{}\n');
    const both = runIngestCli(join(work, 'seeds'), join(work, 'content-2'), ['--data', join(work, 'data')]);
    expect(both.output).toMatch(/a-newcomer\.txt:1:1: error: .*neither holds the text published under it/u);
    expect(both.output).toMatch(/b-other\.txt:1:1: error: .*neither holds the text published under it/u);
  });
});
