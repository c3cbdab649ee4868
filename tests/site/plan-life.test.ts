import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { readSitePages, elements } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { splitUrl } from '../../scripts/lib/published-urls.ts';
import { answers } from '../../scripts/lib/check-links.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

// Issue 22: a plan's whole life, published over time as a province would publish it. The seeds are
// published with a fresh record of what is published (Bắc Kạn's plan given a number, as an issued plan
// has); then a task is deleted and put back, the plan replaced by a new one that says so, another plan
// retired; every step keeps every link once published.
const BAC_KAN = 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt';
const LAM_DONG = 'seeds/003-lam-dong-chuong-trinh-hanh-dong-71-nq-tw.txt';
const SGDDT = 'seeds/002-cao-bang-ke-hoach-tuyen-truyen-sgddt.txt';
const DELETED_BULLET = '- Thu hút sinh viên tham gia học tập';

let work: string;
let day = 10;

interface Run {
  status: number | null;
  output: string;
}

function run(script: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectDir, encoding: 'utf8', env: buildEnvironment(env) });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const build = (out = 'dist') => run('scripts/build.ts', ['--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, out), '--data', join(work, 'data')]);
// Each record on a day of its own, as publishing over time would date them.
const record = () => run('scripts/check-published.ts', ['--dist', join(work, 'dist'), '--data', join(work, 'data'), '--record'], { KB_RECORDED_ON: `2026-03-${day++}` });
const published = () => readFileSync(join(work, 'data/published-urls.txt'), 'utf8').split('\n').filter(Boolean);
const edit = (seed: string, change: (text: string) => string) => writeFileSync(join(work, seed), change(readFileSync(join(work, seed), 'utf8')));

/** Published URLs this build does not answer: no page at the path, or no element with the fragment's id on it. */
function unanswered(urls: string[]): string[] {
  const pages = new Map(readSitePages(join(work, 'dist')).map((page) => [page.path, page]));
  return urls.filter((url) => {
    const { path, fragment } = splitUrl(url);
    if (path.startsWith('/api/')) return !existsSync(join(work, 'dist', path));
    const page = pages.get(path);
    if (!page) return true;
    return fragment !== null && !answers(page, fragment, pages) && !readFileSync(join(work, 'dist', path, 'index.html'), 'utf8').includes('http-equiv="refresh"');
  });
}
const pageText = (path: string) => visibleText(readSitePages(join(work, 'dist')).find((page) => page.path === path)!.dom.children).replace(/\s+/gu, ' ');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-plan-life-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
  edit(BAC_KAN, (text) => `Số: 88/KH-UBND\n\nBắc Kạn, ngày 05 tháng 11 năm 2024\n${text}`);
  const first = build();
  if (first.status !== 0) throw new Error(first.output.slice(-3000));
  expect(record().status).toBe(0);
  // Time limit: a build and a record, about 12 s idle.
}, 120_000);

describe('a task deleted and put back (22.4)', () => {
  it('builds and records at every step, and keeps every URL once published', () => {
    const lines = readFileSync(join(work, LAM_DONG), 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith(DELETED_BULLET));
    expect(at).toBeGreaterThan(0);
    const bullet = lines.slice(at, at + 2);
    writeFileSync(join(work, LAM_DONG), [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n'));
    for (const step of [build(), record()]) expect(step.status, step.output.slice(-2000)).toBe(0);
    expect(unanswered(published())).toEqual([]);
    writeFileSync(join(work, LAM_DONG), [...lines.slice(0, at), ...bullet, ...lines.slice(at + 2)].join('\n'));
    for (const step of [build(), record()]) expect(step.status, step.output.slice(-2000)).toBe(0);
    expect(unanswered(published())).toEqual([]);
    // The task put back is the task deleted: its page answers with its words again, not with a redirect.
    const task = published().find((url) => url.startsWith('/nhiem-vu/lam-dong-') && pageText(url).includes('Thu hút sinh viên tham gia học tập'));
    expect(task).toBeDefined();
    // Time limit: two builds and two records, about 25 s idle.
  }, 180_000);
});

describe('a plan replaced by a new one that says so (22.1–3)', () => {
  it('keeps every URL of the replaced plan answering with its words and its standing, linking to the new one, with no redirect written by hand', () => {
    const before = published();
    const text = readFileSync(join(work, BAC_KAN), 'utf8')
      .replace('Số: 88/KH-UBND', 'Số: 120/KH-UBND')
      .replace('ngày 05 tháng 11 năm 2024', 'ngày 20 tháng 02 năm 2026')
      .replace(/(\n-----\n)/u, '$1\nKế hoạch này thay thế Kế hoạch số 88/KH-UBND ngày 05/11/2024 của Ủy ban nhân dân tỉnh Bắc Kạn.\n');
    rmSync(join(work, BAC_KAN));
    writeFileSync(join(work, 'seeds/007-bac-kan-ke-hoach-moi.txt'), text);
    const step = build();
    expect(step.status, step.output.slice(-2000)).toBe(0);
    expect(unanswered(before)).toEqual([]);
    expect(JSON.parse(readFileSync(join(work, 'data/redirects.json'), 'utf8'))).toEqual([]);
    expect(pageText('/bac-kan-88-kh-ubnd/')).toMatch(/Tình trạng Đã được thay thế bởi Kế hoạch 120\/KH-UBND/u);
    expect(pageText('/bac-kan-88-kh-ubnd/')).toContain('Tăng cường định hướng nghề nghiệp cho thanh, thiếu niên');
    const links = elements(readSitePages(join(work, 'dist')).find((page) => page.path === '/bac-kan-88-kh-ubnd/')!, (element) => element.name === 'a').map((link) => link.attribs.href);
    expect(links).toContain('/bac-kan-120-kh-ubnd/');
    expect(pageText('/bac-kan-120-kh-ubnd/')).toMatch(/Thay thế Kế hoạch 88\/KH-UBND/u);
    const oldTask = before.find((url) => url.startsWith('/nhiem-vu/bac-kan-88-kh-ubnd/'))!;
    expect(pageText(oldTask)).toMatch(/đã được thay thế bởi/u);
    expect(record().status).toBe(0);
    // Time limit: a build and a record, about 12 s idle.
  }, 120_000);

  it('keeps every URL of every generation when the plan is re-issued again, then repealed (issue 34.1)', () => {
    const before = published();
    // A third generation replaces the second, whose file goes too.
    const third = readFileSync(join(work, 'seeds/007-bac-kan-ke-hoach-moi.txt'), 'utf8')
      .replace('Số: 120/KH-UBND', 'Số: 150/KH-UBND')
      .replace('ngày 20 tháng 02 năm 2026', 'ngày 10 tháng 6 năm 2026')
      .replace('thay thế Kế hoạch số 88/KH-UBND ngày 05/11/2024', 'thay thế Kế hoạch số 120/KH-UBND ngày 20/02/2026');
    rmSync(join(work, 'seeds/007-bac-kan-ke-hoach-moi.txt'));
    writeFileSync(join(work, 'seeds/008-bac-kan-ke-hoach-lan-3.txt'), third);
    const reissued = build();
    expect(reissued.status, reissued.output.slice(-2000)).toBe(0);
    expect(unanswered(before)).toEqual([]);
    expect(pageText('/bac-kan-88-kh-ubnd/')).toMatch(/Đã được thay thế bởi Kế hoạch 120\/KH-UBND/u);
    expect(pageText('/bac-kan-120-kh-ubnd/')).toMatch(/Đã được thay thế bởi Kế hoạch 150\/KH-UBND/u);
    expect(record().status).toBe(0);
    // Then a decision repeals the third, whose file goes: the whole chain still answers.
    const published3 = published();
    rmSync(join(work, 'seeds/008-bac-kan-ke-hoach-lan-3.txt'));
    writeFileSync(
      join(work, 'seeds/009-bac-kan-quyet-dinh-bai-bo.txt'),
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
        '',
        'Số: 200/QĐ-UBND',
        '',
        'Bắc Kạn, ngày 01 tháng 9 năm 2026',
        '',
        'QUYẾT ĐỊNH',
        '',
        'Về việc bãi bỏ Kế hoạch số 150/KH-UBND',
        '',
        'Điều 1. Bãi bỏ Kế hoạch số 150/KH-UBND ngày 10/6/2026 của Ủy ban nhân dân tỉnh Bắc Kạn.',
        '',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
        '',
      ].join('\n'),
    );
    const repealed = build();
    expect(repealed.status, repealed.output.slice(-2000)).toBe(0);
    expect(unanswered(published3)).toEqual([]);
    expect(pageText('/bac-kan-150-kh-ubnd/')).toMatch(/Đã bị bãi bỏ/u);
    expect(pageText('/bac-kan-88-kh-ubnd/')).toMatch(/Đã được thay thế bởi Kế hoạch 120\/KH-UBND/u);
    expect(record().status).toBe(0);
    // Time limit: two builds and two records, about 25 s idle.
  }, 180_000);

  it('stops a build when a published plan is gone without a word, naming the ways out; retiring it is one command', () => {
    rmSync(join(work, SGDDT));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(
      'document cao-bang-kh-sgddt-2026-01 is gone from this build with its',
    );
    expect(failed.output).toContain('npm run retire -- cao-bang-kh-sgddt-2026-01 --why');
    const retire = run('scripts/retire.ts', ['cao-bang-kh-sgddt-2026-01', '--why', 'Kế hoạch tuyên truyền năm 2026 đã kết thúc', '--data', join(work, 'data')], { KB_RECORDED_ON: '2026-12-31' });
    expect(retire.status, retire.output).toBe(0);
    const step = build();
    expect(step.status, step.output.slice(-2000)).toBe(0);
    expect(unanswered(published())).toEqual([]);
    expect(pageText('/cao-bang-kh-sgddt-2026-01/')).toMatch(/Tình trạng Ngừng theo dõi \(Ngừng theo dõi từ 2026-12-31: Kế hoạch tuyên truyền năm 2026 đã kết thúc\)/u);
    // Its tasks leave the agencies' current lists, and are shown apart.
    const agency = pageText('/co-quan/cao-bang-so-giao-duc-va-dao-tao/in/');
    const led = /Nhiệm vụ chủ trì, theo thời hạn \(\d+\)(.*?)Nhiệm vụ phối hợp/u.exec(agency)![1]!;
    expect(led).not.toContain('Kế hoạch …/KH-SGDĐT');
    expect(agency).toMatch(/Nhiệm vụ trong văn bản đã được thay thế, bãi bỏ hoặc ngừng theo dõi \((?!0\))\d+\)/u);
    // Time limit: a failed build, the retire command and a build: about 20 s idle.
  }, 180_000);
});

describe('one build at a time (22.5)', () => {
  it('makes a second build started at once wait for the first, each leaving its dist/ whole', async () => {
    const start = (out: string) =>
      new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, `content-${out}`), '--out', join(work, out), '--data', join(work, 'data')], {
          cwd: projectDir,
          env: buildEnvironment(),
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (status) => resolve({ status, output }));
      });
    const [first, second] = await Promise.all([start('dist-a'), start('dist-b')]);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect([first.output, second.output].filter((output) => /another build \(pid \d+\) is running; waiting for it to finish/u.test(output))).toHaveLength(1);
    for (const out of ['dist-a', 'dist-b']) {
      expect(existsSync(join(work, out, 'index.html'))).toBe(true);
      expect(existsSync(join(work, out, 'pagefind/pagefind.js'))).toBe(true);
      expect(existsSync(join(work, out, 'api/tasks.xlsx'))).toBe(true);
    }
    // Time limit: two builds side by side, the second waiting for the first: about 20 s idle.
  }, 180_000);
});
