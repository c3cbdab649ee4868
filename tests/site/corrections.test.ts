import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import { isRedirectPage } from '../../scripts/lib/write-redirects.ts';
import { launchChromium, serveSite, type ServedSite } from '../../scripts/lib/browser.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

// Issue 35: what an editor corrects reaches every place a reader meets the task. Bắc Ninh's plan
// 144/KH-UBND (a corpus plan) is built with the seeds and a corrections file, written as an editor
// would (tests/fixtures/corrections-bac-ninh-144.yaml): a lead and a timeframe set, a task the reader
// missed added, a paragraph that is no task dropped.
const PLAN = '17-bac-ninh-144-kh-ubnd.txt';
const DOCUMENT = 'bac-ninh-144-kh-ubnd';
const AGENCY = 'bac-ninh-so-khoa-hoc-va-cong-nghe';

let work: string;
let output: string;
let pages: Map<string, SitePage>;
let site: ServedSite;
let browser: Browser;
const text = (path: string) => visibleText(pages.get(path)!.dom.children).replace(/\s+/gu, ' ');

/** Build the site of the work folder, as `npm run build` does; its output. */
function build(): string {
  const run = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--data', join(work, 'data')],
    { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() },
  );
  if (run.status !== 0) throw new Error(`${run.stdout}${run.stderr}`.slice(-3000));
  return `${run.stdout}${run.stderr}`;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-corrections-site-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  copyFileSync(join(projectDir, 'tests/corpus', PLAN), join(work, 'seeds', PLAN));
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  // Published as the machine read it first: the task the editor then says is no task had a page of its own.
  build();
  const record = spawnSync(process.execPath, ['scripts/check-published.ts', '--record', '--dist', join(work, 'dist'), '--data', join(work, 'data')], { cwd: projectDir, encoding: 'utf8' });
  if (record.status !== 0) throw new Error(record.stderr);
  mkdirSync(join(work, 'data/corrections'));
  copyFileSync(join(projectDir, 'tests/fixtures/corrections-bac-ninh-144.yaml'), join(work, `data/corrections/${DOCUMENT}.yaml`));
  output = build();
  pages = new Map(readSitePages(join(work, 'dist')).map((page) => [page.path, page]));
  site = await serveSite(join(work, 'dist'));
  browser = await launchChromium();
  // Time limit: two builds of the seeds and a 1,300-line plan, about 40 s idle.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('an editor’s corrections on the site', () => {
  it('put the added task and the corrected lead on the agency’s list', () => {
    const list = text(`/co-quan/${AGENCY}/`);
    expect(list).toContain('Ứng dụng rộng rãi nền tảng số quản trị, vận hành');
    expect(list).toContain('Hình thành hệ sinh thái nền tảng số trong từng ngành');
  });

  it('mark each corrected field on the task’s page, and say what the editor changed', () => {
    const page = text(`/nhiem-vu/${DOCUMENT}/iii-3-b/`);
    expect(page).toMatch(/Chủ trì Sở Khoa học và Công nghệ ✎ \(đã hiệu chỉnh\)/u);
    expect(page).toMatch(/Thời gian Năm 2026 ✎ \(đã hiệu chỉnh\)/u);
    expect(page).toContain('Hiệu chỉnh Biên tập viên đã sửa cách máy đọc: cơ quan chủ trì, thời gian.');
    expect(text(`/nhiem-vu/${DOCUMENT}/iii-3-a/`)).toContain('Chủ trì Sở Khoa học và Công nghệ Thời gian Văn bản không nêu Hiệu chỉnh Biên tập viên đã sửa cách máy đọc: bổ sung mục máy đọc sót.');
  });

  it('keep the words of the block that is no task on the document page, no longer as a task, its published page sending there', () => {
    expect(output).not.toMatch(/data\/corrections\//u);
    expect(output).toMatch(/none lost/u);
    expect(isRedirectPage(join(work, 'dist'), `/nhiem-vu/${DOCUMENT}/iii-3-a-d1/`)).toBe(true);
    expect(readFileSync(join(work, 'dist', `nhiem-vu/${DOCUMENT}/iii-3-a-d1/index.html`), 'utf8')).toContain(`url=/${DOCUMENT}/#iii-3-a-d1`);
    const page = pages.get(`/${DOCUMENT}/`)!;
    expect(text(`/${DOCUMENT}/`)).toContain('Tích hợp hạ tầng tiện ích số (định danh, thanh toán, chữ ký số…)');
    expect(page.ids.has('iii-3-a-d1')).toBe(true);
    expect(readFileSync(join(work, 'dist', page.file), 'utf8')).not.toMatch(/id="iii-3-a-d1" class="[^"]*role-task/u);
  });

  it('say on the document page who reviewed it and what, and that other documents were read by the machine only', () => {
    expect(text(`/${DOCUMENT}/`)).toContain('Rà soát Đã rà soát: nhiệm vụ, cơ quan chủ trì, phối hợp — Trần Văn Rà Soát, ngày 07/12/2026. Biên tập viên đã hiệu chỉnh 3 chỗ máy đọc');
    expect(text('/cao-bang-kh-ubnd-2026-02/')).toContain('Rà soát Đọc tự động, chưa rà soát.');
  });

  it('list the corrections for editors, each with its line in the file and what became of it', () => {
    const review = text(`/soat-xet/${DOCUMENT}/`);
    expect(review).toContain(`data/corrections/${DOCUMENT}.yaml:8 Nhiệm vụ iii-3-b cơ quan chủ trì, thời gian Đã áp dụng`);
    expect(review).toContain(`data/corrections/${DOCUMENT}.yaml:12 Nhiệm vụ iii-3-a-d1 không phải nhiệm vụ (chữ vẫn giữ trên trang) Đã áp dụng Đoạn giải thích`);
    expect(review).toContain(`data/corrections/${DOCUMENT}.yaml:16 Nhiệm vụ iii-3-a bổ sung mục máy đọc sót Đã áp dụng`);
    expect(review).toMatch(/Cảnh báo của bộ đọc/u);
    // The reviewed document stands after those a person has not looked at yet.
    const index = text('/soat-xet/');
    expect(index.indexOf('Kế hoạch 144/KH-UBND')).toBeGreaterThan(index.indexOf('Đọc tự động, chưa rà soát'));
  });

  it('carry the flags in the open data and the reading in the exports', () => {
    const tasks = readOpenRecords(join(work, 'dist'), 'tasks').filter((task) => task.document === DOCUMENT);
    expect(tasks.filter((task) => task.corrected.length > 0).map((task) => [task.id, task.corrected])).toEqual([
      ['iii-3-a', ['added']],
      ['iii-3-b', ['lead', 'timeframe']],
    ]);
    expect(tasks.every((task) => task.reviewed)).toBe(true);
    const document = readOpenRecords(join(work, 'dist'), 'documents').find((entry) => entry.id === DOCUMENT)!;
    expect(document.review.reviews).toEqual([{ by: 'Trần Văn Rà Soát', on: '2026-12-07', checked: ['tasks', 'leads'] }]);
    const csv = readFileSync(join(work, 'dist', `api/agencies/${AGENCY}.csv`), 'utf8');
    expect(csv).toMatch(/Hình thành hệ sinh thái nền tảng số[^\n]*Biên tập viên hiệu chỉnh: cơ quan chủ trì, thời gian/u);
  });

  it('make valid, accessible pages: the review pages and a corrected task’s page', async () => {
    const checked = ['/soat-xet/', `/soat-xet/${DOCUMENT}/`, `/nhiem-vu/${DOCUMENT}/iii-3-b/`];
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const path of checked) {
      const report = await validator.validateFile(join(work, 'dist', pages.get(path)!.file));
      expect(report.results.flatMap((result) => result.messages.map((message) => `${path}:${message.line}: ${message.message}`))).toEqual([]);
    }
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const path of checked) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run(options: unknown): Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await run.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((violation) => violation.id);
      });
      expect(violations, path).toEqual([]);
      await context.close();
    }
  });
});
