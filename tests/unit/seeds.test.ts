import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../../src/ingest/pipeline.ts';
import { ingestText } from '../helpers/ingest-text.ts';
import {
  AgencySchema,
  ReferenceSchema,
  ResponsibilitySchema,
  TargetSchema,
  TaskSchema,
  z,
  type Target,
  type Task,
} from '../../src/schema/index.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(projectDir, 'seeds');

let result: IngestResult;
let outDir: string;
const task = (document: string, id: string): Task => result.content!.tasks.find((t) => t.document === document && t.id === id)!;
const targetsOf = (province: string, year: number, indicator: string): Target[] =>
  result.content!.targets.filter((t) => t.province === province && t.year === year && t.indicator === indicator);

beforeAll(() => {
  outDir = join(mkdtempSync(join(tmpdir(), 'kb-seeds-')), 'content');
  result = runIngest({ projectDir, seedsDir, outDir, strict: true });
});

describe('the ingest of every seed', () => {
  it('writes content with no fatal message and accounts for every source line', () => {
    expect(result.messages.filter((message) => message.severity === 'fatal')).toEqual([]);
    expect(result.written).toBe(true);
    for (const document of result.content!.documents) expect(document.coverage.covered).toBe(document.coverage.lines);
    expect(result.content!.documents.map((document) => document.facts.id)).toEqual([
      'cao-bang-chuyen-de-43-kh-tu',
      'cao-bang-kh-ubnd-2026-02',
      'cao-bang-kh-sgddt-2026-01',
      'lam-dong-chuong-trinh-hanh-dong-71-nq-tw',
      'bac-kan-ke-hoach-91-kl-tw',
      'bo-chinh-tri-71-nq-tw',
    ]);
  });

  it('writes records the shared schemas accept', () => {
    const read = (name: string) => Object.values(JSON.parse(readFileSync(join(outDir, name), 'utf8')) as object);
    expect(() => z.array(TaskSchema).parse(read('tasks.json'))).not.toThrow();
    expect(() => z.array(TargetSchema).parse(read('targets.json'))).not.toThrow();
    expect(() => z.array(ResponsibilitySchema).parse(read('responsibilities.json'))).not.toThrow();
    expect(() => z.array(AgencySchema).parse(read('agencies.json'))).not.toThrow();
    expect(() => z.array(ReferenceSchema).parse(read('references.json'))).not.toThrow();
  });

  it('reads the lead of Cao Bằng sub-item III.1.3 from a `Đề nghị … chủ trì` heading', () => {
    const first = task('cao-bang-kh-ubnd-2026-02', 'iii-1-3-y1');
    expect(first.path).toBe('III.1.3');
    expect(first.lead).toEqual(['Báo và Phát thanh, Truyền hình Cao Bằng']);
    expect(first.support).toEqual(['Các sở, ban, ngành, đơn vị và địa phương']);
    expect(first.timeframe).toEqual({ raw: 'Hằng năm (từ năm 2026)', start: '2026-01-01', recurrence: 'yearly' });
  });

  it('reads the fifth row of the Department of Education table', () => {
    const row = task('cao-bang-kh-sgddt-2026-01', 'v-bang1-h5');
    expect(row.position).toBe(5);
    expect(row.lead).toEqual(['Các CSGD', 'UBND các xã, phường']);
    expect(row.support).toEqual(['UBND các xã phường']);
    expect(row.timeframe).toEqual({ raw: 'Trước 15/12/2026', end: '2026-12-15', due: '2026-12-15' });
  });

  it('reads Lâm Đồng’s 2030 target for schools meeting the national standard as at least 80%', () => {
    const [target] = targetsOf('Lâm Đồng', 2030, 'truong-dat-chuan-quoc-gia');
    expect(target).toMatchObject({ comparator: '>=', value: 80, unit: '%', phrase: 'ít nhất 80%' });
  });

  it('reads a negated bound as the opposite one: 71-NQ/TW’s “không có tỉnh, thành phố đạt dưới 60%” is a floor of 60% (issue 33.2)', () => {
    const floor = result.content!.targets.find((target) => target.document === 'bo-chinh-tri-71-nq-tw' && target.phrase.includes('dưới 60%'))!;
    expect(floor).toMatchObject({ comparator: '>=', value: 60, unit: '%' });
    const ceiling = ingestText('KẾ HOẠCH\n\nGiảm nghèo\n\nI. MỤC TIÊU\n\n- Đến năm 2030, không để tỷ lệ hộ nghèo của xã nào vượt quá 5%.\n').content!.targets[0]!;
    expect(ceiling).toMatchObject({ comparator: '<=', value: 5, unit: '%' });
    const plain = ingestText('KẾ HOẠCH\n\nGiảm nghèo\n\nI. MỤC TIÊU\n\n- Đến năm 2030, tỷ lệ hộ nghèo dưới 5%.\n').content!.targets[0]!;
    expect(plain).toMatchObject({ comparator: '<', value: 5 });
  });

  it('keeps both values Cao Bằng’s plan gives for the same indicator and year', () => {
    const values = targetsOf('Cao Bằng', 2030, 'truong-dat-chuan-quoc-gia')
      .filter((target) => target.document === 'cao-bang-kh-ubnd-2026-02')
      .map((target) => `${target.comparator}${target.value}`);
    expect(values).toEqual(['>50', '>=60']);
  });

  it('reads document facts without inventing what the source leaves blank', () => {
    const plan = result.content!.documents.find((document) => document.facts.id === 'cao-bang-kh-ubnd-2026-02')!.facts;
    expect(plan).toMatchObject({
      kind: 'Kế hoạch',
      number: null,
      symbol: 'KH-UBND',
      date: '2026-02',
      dateRaw: 'ngày tháng 02 năm 2026',
      issuer: 'Ủy ban nhân dân tỉnh Cao Bằng',
      // Every document its opening `Thực hiện …` paragraph names, the resolution the others carry out included.
      implements: ['43-KH/TU', '281/NQ-CP', '71-NQ/TW'],
      signer: 'Hà Nhật Lệ',
    });
    expect(plan.signature?.capacity).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(plan.recipients.at(-1)).toBe('Lưu: VT, VX(M)');
    const programme = result.content!.documents.find((document) => document.facts.province === 'Lâm Đồng')!.facts;
    expect(programme).toMatchObject({ kind: 'Chương trình hành động', number: null, date: null, issuer: 'Ban Thường vụ Tỉnh ủy Lâm Đồng', signer: 'Đặng Hồng Sỹ' });
  });

  it('follows the implementation chain through cited documents', () => {
    const implementsOf = (number: string) => result.content!.references.find((reference) => reference.number === number)?.implements;
    expect(implementsOf('281/NQ-CP')).toEqual(['71-NQ/TW']);
    expect(implementsOf('43-KH/TU')).toEqual(['71-NQ/TW']);
    expect(implementsOf('91-KL/TW')).toEqual(['29-NQ/TW']);
    expect(implementsOf('276-KH/TU')).toEqual(['91-KL/TW']);
  });

  it('applies reviewed errata to the reading, never to the text', () => {
    const mention = task('cao-bang-kh-ubnd-2026-02', 'iii-2-4-y3');
    expect(mention.text).toContain('doanh ng nghiệp');
    expect(mention.reading).toContain('doanh nghiệp địa phương');
    expect(result.content!.references.map((reference) => reference.number)).not.toContain('71-NQ/TU');
  });

  it('resolves every agency of the seeds through the reviewed alias file', () => {
    const unresolved = result.messages.filter((message) => message.ruleId === 'agency');
    expect(unresolved.map((message) => message.reason)).toEqual([]);
    const agencies = new Map(result.content!.agencies.map((agency) => [agency.id, agency]));
    for (const task of result.content!.tasks) {
      for (const id of [...task.leadIds, ...task.supportIds]) expect(agencies.get(id)?.unresolved, `${task.document} ${task.id} ${id}`).toBe(false);
    }
    // Written two ways, one agency: `Sở GDĐT` in the table is `Sở Giáo dục và Đào tạo` of Cao Bằng.
    const row = task('cao-bang-kh-sgddt-2026-01', 'v-bang1-h2');
    expect(row.leadIds).toEqual(['cao-bang-so-giao-duc-va-dao-tao']);
    expect(agencies.get('cao-bang-so-giao-duc-va-dao-tao')?.aliases).toContain('Sở GDĐT');
    expect(agencies.get('so-tai-chinh')).toMatchObject({ province: null, type: 'sở' });
    expect(agencies.get('cao-bang-ubnd-cac-xa-phuong')).toMatchObject({ type: 'tập thể', kind: 'ubnd-cac-xa-phuong' });
  });

  it('maps every task group of every plan to a theme by rule, none to the fallback', () => {
    const grouped = result.content!.tasks.filter((task) => task.group !== null);
    expect(grouped.length).toBeGreaterThan(100);
    expect(grouped.filter((task) => task.theme === 'khac').map((task) => `${task.document} ${task.group}`)).toEqual([]);
    const themeOf = (document: string, group: string) => result.content!.tasks.find((t) => t.document === document && t.group === group)?.theme;
    expect(themeOf('cao-bang-kh-ubnd-2026-02', 'iii-7')).toBe('giao-duc-nghe-nghiep');
    expect(themeOf('lam-dong-chuong-trinh-hanh-dong-71-nq-tw', 'iii-4')).toBe('chuyen-doi-so');
    expect(themeOf('bac-kan-ke-hoach-91-kl-tw', 'ii-5')).toBe('nha-giao-co-so-vat-chat');
    // A plan whose tasks are a table takes its theme from its title.
    expect(task('cao-bang-kh-sgddt-2026-01', 'v-bang1-h1').theme).toBe('nhan-thuc');
  });

  it('gives the same bytes on a second run', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'kb-seeds-again-')), 'content');
    runIngest({ projectDir, seedsDir, outDir: again, strict: true });
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length));
    expect(files(again)).toEqual(files(outDir));
    for (const file of files(outDir)) expect(readFileSync(join(again, file))).toEqual(readFileSync(join(outDir, file)));
  });
});

describe('seeds/', () => {
  const sharedSeeds = join(projectDir, '../shared/seeds');
  it.runIf(existsSync(sharedSeeds))('holds byte-identical copies of ../shared/seeds, and of the national resolution they implement', () => {
    const digests = (files: string[]) => files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')).sort();
    const national = join(projectDir, '../shared/corpus/19-bo-chinh-tri-71-nq-tw.txt');
    expect(digests(readdirSync(seedsDir).map((name) => join(seedsDir, name)))).toEqual(
      digests([...readdirSync(sharedSeeds).map((name) => join(sharedSeeds, name)), national]),
    );
  });
});
