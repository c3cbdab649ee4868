import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LockedItem } from '../../src/schema/index.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import type { OpenDataName } from '../../src/schema/index.ts';

// A copy of the seeds is published (its ids locked with their words, its texts
// archived), then amended as provinces amend plans, and built again: every id
// published before must still show what it showed, its new wording, or a
// tombstone, and the earlier text stays readable.
const BAC_KAN = 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt';
const LAM_DONG = 'seeds/003-lam-dong-chuong-trinh-hanh-dong-71-nq-tw.txt';
const CAO_BANG = 'seeds/001-cao-bang-ke-hoach-ubnd-thang-02-2026.txt';

let work: string;
let lock: Record<string, LockedItem[]>;
let targetLock: Record<string, LockedItem[]>;
let report: string;
const api = <Name extends OpenDataName>(name: Name) => readOpenRecords(join(work, 'dist'), name);

function run(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${script} failed:\n${output.slice(-3000)}`);
  return output;
}

function build(): string {
  return run('scripts/build.ts', ['--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--data', join(work, 'data')]);
}

/** Edit a seed as lines: `edit(lines)` returns the new lines. */
function amend(seed: string, edit: (lines: string[]) => string[]): void {
  const path = join(work, seed);
  writeFileSync(path, edit(readFileSync(path, 'utf8').split('\n')).join('\n'));
}

const at = (lines: string[], start: string) => {
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index === -1) throw new Error(`no line starts with ${start}`);
  return index;
};
/** A bullet or numbered item with its continuation lines and the blank line after it. */
const itemAt = (lines: string[], start: string): [number, number] => {
  const first = at(lines, start);
  let end = first + 1;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  return [first, end + 1];
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-amend-'));
  cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
  cpSync(join(projectDir, 'data'), join(work, 'data'), { recursive: true });
  build();
  run('scripts/check-published.ts', ['--dist', join(work, 'dist'), '--data', join(work, 'data'), '--record']);
  lock = JSON.parse(readFileSync(join(work, 'data/id-lock.json'), 'utf8')) as Record<string, LockedItem[]>;
  targetLock = JSON.parse(readFileSync(join(work, 'data/target-lock.json'), 'utf8')) as Record<string, LockedItem[]>;

  // Bắc Kạn II.2: a bullet inserted in the middle, one deleted, one word changed.
  amend(BAC_KAN, (lines) => {
    const [from, to] = itemAt(lines, '- Tăng quyền tự chủ');
    lines.splice(from, to - from);
    lines.splice(at(lines, '- Nâng cao hiệu quả quản lý nhà nước'), 0, '- Xây dựng cơ chế khuyến khích nhà giáo nghiên cứu khoa học, đổi mới phương pháp dạy học.', '');
    const reworded = at(lines, '- Rà soát, đề xuất với cấp có thẩm quyền');
    lines[reworded] = lines[reworded]!.replace('Rà soát, đề xuất', 'Rà soát, kiến nghị');
    return lines;
  });
  // Lâm Đồng III: two bullets swapped, one moved to another section, a whole section inserted (the ones after it renumbered).
  amend(LAM_DONG, (lines) => {
    const [firstFrom, firstTo] = itemAt(lines, '- Tập trung lãnh đạo, chỉ đạo nghiên cứu');
    const first = lines.splice(firstFrom, firstTo - firstFrom);
    const [, secondTo] = itemAt(lines, '- Đẩy mạnh phân cấp, phân quyền');
    lines.splice(secondTo, 0, ...first);
    const [movedFrom, movedTo] = itemAt(lines, '- Nghiên cứu, tích hợp những nội dung');
    const moved = lines.splice(movedFrom, movedTo - movedFrom);
    lines.splice(itemAt(lines, '- Đẩy mạnh chuyển đổi số toàn diện')[1], 0, ...moved);
    // One target of a goal changed: 80% → 90%.
    const goal = lines.findIndex((line) => line.includes('ít nhất 80%'));
    lines[goal] = lines[goal]!.replace('ít nhất 80%', 'ít nhất 90%');
    const section = at(lines, '3. Tăng cường giáo dục toàn diện');
    const end = at(lines, 'IV.');
    for (let index = section; index < end; index++) {
      lines[index] = lines[index]!.replace(/^(\d)\. /u, (_, number: string) => `${Number(number) + 1}. `);
    }
    lines.splice(
      section,
      0,
      '3. Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục đủ về số lượng, bảo đảm chất lượng',
      '',
      '- Rà soát, bổ sung biên chế giáo viên còn thiếu ở các cấp học theo định mức.',
      '',
      '- Có chính sách thu hút giáo viên về công tác tại vùng khó khăn.',
      '',
    );
    return lines;
  });
  // Cao Bằng: saved again by another editor, with a byte-order mark, CRLF line ends and trailing spaces, not a word changed.
  const resaved = join(work, CAO_BANG);
  writeFileSync(resaved, `\uFEFF${readFileSync(resaved, 'utf8').split('\n').map((line) => (line === '' ? line : `${line}  `)).join('\r\n')}`);
  build();
  // Id changes are notes: counted on the console, named in the report file.
  report = readFileSync(join(work, '.cache/ingest-report.txt'), 'utf8');
  // Time limit: two builds of the seeds and a record between them, about 30 s on this 2-core machine idle, several times that under load.
}, 240_000);

describe('links that keep their meaning when a plan is amended', () => {
  it('shows under every published id the same item, its amended wording, or a tombstone with its last words', () => {
    const passages = new Map(api('passages').map((passage) => [`${passage.document}#${passage.id}`, passage]));
    const tasks = new Map(api('tasks').map((task) => [`${task.document}#${task.id}`, task]));
    const removed = new Map<string, string>(
      api('documents').flatMap((document) =>
        document.removed.map((item) => [`${document.id}#${item.id}`, item.text] as const),
      ),
    );
    const wrong: string[] = [];
    for (const [document, items] of Object.entries(lock)) {
      for (const item of items) {
        const key = `${document}#${item.id}`;
        const shown = passages.get(key)?.text;
        const amended = tasks.get(key)?.earlier ?? passages.get(key)?.earlier;
        if (shown === item.text || removed.get(key) === item.text || amended?.includes(item.text)) continue;
        wrong.push(`${key}: was ${JSON.stringify(item.text.slice(0, 50))}, shows ${JSON.stringify(shown?.slice(0, 50) ?? null)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every published target anchor on its words, or as a tombstone, and never gives it to another target', () => {
    const targets = new Map(api('targets').map((target) => [`${target.document}#${target.id}`, target.phrase]));
    const removed = new Map<string, string>(
      api('documents').flatMap((document) =>
        document.removed.map((item) => [`${document.id}#${item.id}`, item.text] as const),
      ),
    );
    const wrong = Object.entries(targetLock).flatMap(([document, items]) =>
      items
        .filter((item) => targets.get(`${document}#${item.id}`) !== item.text && removed.get(`${document}#${item.id}`) !== item.text)
        .map((item) => `${document}#${item.id}: was ${item.text}, shows ${targets.get(`${document}#${item.id}`) ?? 'nothing'}`),
    );
    expect(wrong).toEqual([]);
    expect(removed.get('lam-dong-chuong-trinh-hanh-dong-71-nq-tw#ii-2-1-y1-ct1')).toBe('ít nhất 80%');
    const page = readFileSync(join(work, 'dist/lam-dong-chuong-trinh-hanh-dong-71-nq-tw/index.html'), 'utf8');
    expect(page).toMatch(/<div id="ii-2-1-y1"[^>]*>[\s\S]*?ít nhất 90%[\s\S]*?Đã sửa đổi; nội dung trước khi sửa đổi:[\s\S]*?ít nhất 80%/u);
    expect(targets.get('lam-dong-chuong-trinh-hanh-dong-71-nq-tw#ii-2-1-y1-ct5')).toBe('ít nhất 90%');
  });

  it('gives inserted items new ids, numbered after the item before them', () => {
    const passages = api('passages');
    const text = (document: string, id: string) => passages.find((passage) => passage.document === document && passage.id === id)?.text;
    expect(text('bac-kan-ke-hoach-91-kl-tw', 'ii-2-y1a')).toMatch(/^Xây dựng cơ chế khuyến khích nhà giáo/u);
    expect(text('lam-dong-chuong-trinh-hanh-dong-71-nq-tw', 'iii-2a')).toMatch(/^Phát triển đội ngũ nhà giáo/u);
    expect(text('lam-dong-chuong-trinh-hanh-dong-71-nq-tw', 'iii-2a-y1')).toMatch(/^Rà soát, bổ sung biên chế/u);
  });

  it('keeps a removed task page, sending it to the tombstone', () => {
    const page = readFileSync(join(work, 'dist/nhiem-vu/bac-kan-ke-hoach-91-kl-tw/ii-2-y3/index.html'), 'utf8');
    expect(page).toContain('url=/bac-kan-ke-hoach-91-kl-tw/#ii-2-y3');
    const document = readFileSync(join(work, 'dist/bac-kan-ke-hoach-91-kl-tw/index.html'), 'utf8');
    expect(document).toMatch(/<div id="ii-2-y3" class="item item-removed">[\s\S]*Tăng quyền tự chủ/u);
  });

  it('keeps the earlier text readable under the same ids, and lists what changed since it', () => {
    const document = api('documents').find(
      (candidate) => candidate.id === 'bac-kan-ke-hoach-91-kl-tw',
    )!;
    expect(document.versions).toEqual([
      {
        version: expect.stringMatching(/^[0-9a-f]{12}$/u),
        recorded: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
        inserted: ['ii-2-y1a'],
        removed: ['ii-2-y3'],
        amended: ['ii-2-y1'],
      },
    ]);
    const earlier = readFileSync(join(work, 'dist/bac-kan-ke-hoach-91-kl-tw/phien-ban', document.versions[0]!.version, 'index.html'), 'utf8');
    expect(earlier).toMatch(/<div id="ii-2-y3" class="item item-item[^"]*">[\s\S]*?Tăng quyền tự chủ/u);
    expect(earlier).toMatch(/<div id="ii-2-y1" class="item item-item[^"]*">[\s\S]*?Rà soát, đề xuất với/u);
    const current = readFileSync(join(work, 'dist/bac-kan-ke-hoach-91-kl-tw/index.html'), 'utf8');
    expect(current).toContain(`href="/bac-kan-ke-hoach-91-kl-tw/phien-ban/${document.versions[0]!.version}/"`);
  });

  it('names each change in the build report', () => {
    expect(report).toContain('inserted `ii-2-y1a`');
    expect(report).toMatch(/removed `ii-2-y3`/u);
    expect(report).toContain('reworded `ii-2-y1`');
    expect(report).toContain('inserted `iii-2a`');
    expect(report).toMatch(/kept `iii-3` for the item now at line \d+/u);
  });

  it('makes no version of a text saved again with other line ends, a byte-order mark or trailing spaces', () => {
    const document = api('documents').find((candidate) => candidate.source.endsWith(CAO_BANG))!;
    const archived = () => JSON.parse(readFileSync(join(work, 'data/versions.json'), 'utf8'))[document.id] as Array<{ sha256: string }>;
    expect(archived()).toHaveLength(1);
    // The one text published stays the one version, the same as the current text.
    expect(document.sha256).not.toBe(archived()[0]!.sha256);
    expect(document.versions).toEqual([{ version: archived()[0]!.sha256.slice(0, 12), recorded: expect.any(String), inserted: [], removed: [], amended: [] }]);
    run('scripts/check-published.ts', ['--dist', join(work, 'dist'), '--data', join(work, 'data'), '--record']);
    expect(archived()).toHaveLength(1);
    // The words did change where a plan was amended: its text is archived again.
    const amended = api('documents').find((candidate) => candidate.source.endsWith(BAC_KAN))!;
    expect(JSON.parse(readFileSync(join(work, 'data/versions.json'), 'utf8'))[amended.id]).toHaveLength(2);
  });
});
