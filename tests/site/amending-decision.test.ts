import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import type { Task } from '../../src/schema/index.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

// Issue 34.6: a decision that amends a plan (`sửa đổi, bổ sung`) adds tasks to it. Cao Bằng's plan is
// given the number it would have once issued, and the decision of tests/fixtures/amending-decision
// amends it: each task it adds must reach its agency's list, the comparisons and the exports, saying
// which plan and place it is added to.
const CAO_BANG = 'seeds/001-cao-bang-ke-hoach-ubnd-thang-02-2026.txt';
const PLAN = 'cao-bang-45-kh-ubnd';
const DECISION = 'cao-bang-300-qd-ubnd';

let work: string;
let pages: Map<string, SitePage>;
let added: Task[];
const text = (path: string) => visibleText(pages.get(path)!.dom.children).replace(/\s+/gu, ' ');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-amending-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  const plan = join(work, CAO_BANG);
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('Số: /KH-UBND', 'Số: 45/KH-UBND').replace('ngày tháng 02 năm 2026', 'ngày 10 tháng 02 năm 2026'));
  copyFileSync(join(projectDir, 'tests/fixtures/amending-decision/input.txt'), join(work, 'seeds/010-cao-bang-quyet-dinh-sua-doi.txt'));
  const build = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--data', join(work, 'data')],
    { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() },
  );
  if (build.status !== 0) throw new Error(`${build.stdout}${build.stderr}`.slice(-3000));
  pages = new Map(readSitePages(join(work, 'dist')).map((page) => [page.path, page]));
  added = readOpenRecords(join(work, 'dist'), 'tasks').filter((task) => task.document === DECISION);
  // Time limit: one build of the seeds and the decision, about 15 s idle.
}, 180_000);

describe('a decision that amends a plan', () => {
  it('adds its tasks to the plan, at the places it names, taking from each place what its words leave out', () => {
    expect(added.map((task) => [task.text.slice(0, 40), task.addedTo])).toEqual([
      ['Xây dựng cơ sở dữ liệu số về đội ngũ nhà', { document: PLAN, place: 'III.2.4', section: 'iii-2-4', inherits: ['lead', 'timeframe'] }],
      ['Tham mưu ban hành chính sách thu hút giá', { document: PLAN, place: 'III.2', section: expect.any(String), inherits: [] }],
      ['Tổ chức kiểm tra sức khỏe định kỳ cho họ', { document: PLAN, place: 'III.3', section: expect.any(String), inherits: [] }],
    ]);
    // A bullet added under `2.4. Sở Giáo dục và Đào tạo chủ trì…` is led by it, as every task there is.
    expect(added[0]!.lead).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(added[1]!.lead).toEqual(['Sở Nội vụ']);
    expect(added[2]!.lead).toEqual(['Sở Y tế']);
  });

  it('puts each added task on its lead agency’s page, saying which plan and place it is added to', () => {
    const interior = text('/co-quan/cao-bang-so-noi-vu/');
    expect(interior).toContain('Tham mưu ban hành chính sách thu hút giáo viên');
    expect(interior).toContain('Bổ sung vào Kế hoạch 45/KH-UBND, mục III.2');
    expect(text('/co-quan/cao-bang-so-y-te/')).toContain('Tổ chức kiểm tra sức khỏe định kỳ cho học sinh');
    const education = [...pages.keys()].filter((path) => path.startsWith('/co-quan/cao-bang-so-giao-duc-va-dao-tao/') && !path.endsWith('/in/')).map(text).join(' ');
    expect(education).toMatch(/Xây dựng cơ sở dữ liệu số về đội ngũ nhà giáo.*Bổ sung vào Kế hoạch 45\/KH-UBND, mục III\.2\.4 \(cơ quan chủ trì, phối hợp và thời gian theo mục đó của kế hoạch\)/u);
    expect(text('/co-quan/cao-bang-so-noi-vu/in/')).toContain('Tham mưu ban hành chính sách thu hút giáo viên');
  });

  it('puts them in the comparisons by theme and in the exports, the plan named beside the decision', async () => {
    const theme = added[1]!.theme;
    const compared = [...pages.keys()].filter((path) => path.startsWith(`/so-sanh/${theme}/`)).map(text).join(' ');
    expect(compared).toContain('Tham mưu ban hành chính sách thu hút giáo viên');
    const csv = readFileSync(join(work, 'dist/api/tasks.csv'), 'utf8');
    expect(csv).toMatch(/Quyết định 300\/QĐ-UBND[^,"]*\(bổ sung vào Kế hoạch 45\/KH-UBND, mục III\.2\)",[^\n]*Tham mưu ban hành chính sách thu hút giáo viên/u);
    expect(readFileSync(join(work, 'dist/api/agencies/cao-bang-so-noi-vu.csv'), 'utf8')).toContain('Tham mưu ban hành chính sách thu hút giáo viên');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, 'dist/api/agencies/cao-bang-so-y-te.xlsx'));
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells.some((cell) => cell.startsWith('Tổ chức kiểm tra sức khỏe định kỳ'))).toBe(true);
  });

  it('links the plan and the decision both ways, and sets the quoted words apart on the decision’s page', () => {
    expect(text(`/${PLAN}/`)).toMatch(/Được sửa đổi, bổ sung bởi Quyết định 300\/QĐ-UBND.*?\(bổ sung 3 nhiệm vụ\)/u);
    // It amends the plan; it does not carry it out.
    expect(text(`/${PLAN}/`)).not.toMatch(/Được thực hiện bởi Quyết định 300/u);
    const decision = readFileSync(join(work, 'dist', DECISION, 'index.html'), 'utf8');
    expect(decision).toMatch(/<div id="dieu-1-2-y1" class="[^"]*\bquoted\b/u);
    expect(decision).toMatch(/id="dieu-1-3-2-5"[^>]*class="[^"]*\bquoted\b|class="[^"]*\bquoted\b[^"]*"[^>]*id="dieu-1-3-2-5"/u);
    expect(decision).not.toMatch(/<div id="dieu-1-4-y1" class="[^"]*\bquoted\b/u);
    expect(decision).toContain(`href="/${PLAN}/#iii-2-4"`);
  });
});
