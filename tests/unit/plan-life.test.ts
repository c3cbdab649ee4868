import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRelations } from '../../src/ingest/readers/relations.ts';
import { standingOf } from '../../src/ingest/assemble/document-record.ts';
import { siteAddress, SiteAddressError } from '../../src/lib/site-address.ts';
import { acquireBuildLock, BuildLockError } from '../../scripts/lib/build-lock.ts';
import type { DocumentFacts } from '../../src/schema/index.ts';

const own = (parts: Partial<{ title: string; opening: string[]; articles: string[]; body: string }>) =>
  readRelations({ title: '', opening: [], articles: [], body: '', ...parts });

describe('relations read from the text', () => {
  it('reads what a plan says it replaces, a decision repeals and a plan amends, where a document speaks of itself', () => {
    expect(own({ opening: ['Kế hoạch này thay thế Kế hoạch số 159/KH-UBND ngày 19 tháng 11 năm 2025 của Ủy ban nhân dân thành phố.'] }).replaces).toEqual(['159/KH-UBND']);
    expect(own({ articles: ['Điều 3. Quyết định này có hiệu lực kể từ ngày ký và bãi bỏ Quyết định số 12/QĐ-UBND ngày 02/01/2024.'] }).repeals).toEqual(['12/QĐ-UBND']);
    expect(own({ title: 'sửa đổi, bổ sung một số nội dung của Kế hoạch số 43/KH-UBND ngày 15/3/2025' }).amends).toEqual(['43/KH-UBND']);
    expect(own({ body: 'Tổ chức thực hiện. Kế hoạch này thay thế cho Kế hoạch số 20/KH-UBND.' }).replaces).toEqual(['20/KH-UBND']);
  });

  it('takes no relation from what a document rests on, nor from a task', () => {
    expect(
      own({ opening: ['Căn cứ Nghị định số 05/2025/NĐ-CP ngày 06 tháng 01 năm 2025 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP;'] }),
    ).toEqual({ replaces: [], repeals: [], amends: [] });
    expect(own({ body: 'Sở Tư pháp tham mưu bãi bỏ Quyết định số 08/2020/QĐ-UBND không còn phù hợp.' })).toEqual({ replaces: [], repeals: [], amends: [] });
    expect(own({ title: 'thực hiện Nghị quyết số 71-NQ/TW về thay thế chương trình' })).toEqual({ replaces: [], repeals: [], amends: [] });
  });
});

describe('a document’s standing', () => {
  const record = (facts: Partial<DocumentFacts>) =>
    ({ number: '12/KH-UBND', date: '2026-02-10', dateRaw: 'ngày 10 tháng 02 năm 2026', status: null, portal: null, replacedBy: [], repealedBy: [], ...facts }) as DocumentFacts;

  it('is claimed only as a relation, a reviewer or the source says, and unknown otherwise, with why', () => {
    expect(standingOf(record({ replacedBy: ['cao-bang-20-kh-ubnd'] }), null)).toMatchObject({ state: 'replaced', by: ['cao-bang-20-kh-ubnd'] });
    expect(standingOf(record({ repealedBy: ['cao-bang-1-qd-ubnd'] }), null)).toMatchObject({ state: 'repealed' });
    expect(standingOf(record({}), { document: 'x', why: 'Hết thời hạn thực hiện', retired: '2026-12-01' })).toMatchObject({ state: 'retired', why: 'Ngừng theo dõi từ 2026-12-01: Hết thời hạn thực hiện' });
    expect(standingOf(record({ status: 'Còn hiệu lực' }), null)).toMatchObject({ state: 'in-force', why: 'Dữ liệu đã rà soát ghi: Còn hiệu lực' });
    expect(standingOf(record({ portal: { status: 'Hết hiệu lực toàn bộ' } as DocumentFacts['portal'] }), null)).toMatchObject({ state: 'expired' });
    expect(standingOf(record({ portal: { status: 'Không còn hiệu lực' } as DocumentFacts['portal'] }), null)).toMatchObject({ state: 'expired' });
    expect(standingOf(record({}), null)).toMatchObject({ state: 'unknown', why: 'Văn bản không ghi, và không văn bản nào đăng trên trang này thay thế hay bãi bỏ nó' });
    expect(standingOf(record({ number: null, dateRaw: 'ngày tháng 02 năm 2026' }), null).why).toMatch(/^Bản này để trống số và để trống ngày/u);
  });
});

describe('the site’s address', () => {
  it('takes the base from SITE_URL’s path, and stops when SITE_BASE says otherwise', () => {
    expect(siteAddress({})).toEqual({ base: '/', url: null });
    expect(siteAddress({ SITE_URL: 'https://host.example/kh' })).toEqual({ base: '/kh/', url: 'https://host.example/kh/' });
    expect(siteAddress({ SITE_URL: 'https://host.example/kh/', SITE_BASE: '/kh/' }).base).toBe('/kh/');
    expect(siteAddress({ SITE_BASE: 'kb' })).toEqual({ base: '/kb/', url: null });
    expect(() => siteAddress({ SITE_URL: 'https://host.example/kh/', SITE_BASE: '/kb/' })).toThrow(/set SITE_BASE=\/kh\/, or leave it unset/u);
    expect(() => siteAddress({ SITE_URL: 'host.example' })).toThrow(/not a full address/u);
  });

  it('refuses an address holding quotes, markup, a query or a parameter-like path, saying which', () => {
    for (const bad of ['https://host.example/kb/"><script>alert(1)</script>', "https://host.example/k'b/", 'https://host.example/:name/', 'https://host.example/kb/*', 'https://host.example/kb/?x=1', 'https://host.example/kb/#top', 'javascript:alert(1)', 'ftp://host.example/kb/', 'https://user:secret@host.example/kb/']) {
      expect(() => siteAddress({ SITE_URL: bad }), bad).toThrow(SiteAddressError);
      expect(() => siteAddress({ SITE_URL: bad }), bad).toThrow(/^SITE_URL=/u);
    }
    for (const bad of ['/kb/"><b>', '/:name/', '/kb/../etc', '/k b/']) {
      expect(() => siteAddress({ SITE_BASE: bad }), bad).toThrow(/^SITE_BASE=/u);
    }
    expect(siteAddress({ SITE_URL: 'http://10.0.0.5:8080/so-gd_dt/kh.2026/' }).base).toBe('/so-gd_dt/kh.2026/');
  });
});

describe('one build at a time', () => {
  const holder = () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    return { pid: child.pid!, stop: () => child.kill() };
  };

  it('waits for a live holder and stops with its pid, and takes over the lock of one that is gone', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kb-lock-')), 'build.lock');
    const live = holder();
    writeFileSync(path, `${live.pid}\n`);
    const said: string[] = [];
    await expect(acquireBuildLock(path, { waitMs: 600, say: (line) => said.push(line) })).rejects.toThrow(BuildLockError);
    expect(said).toEqual([`another build (pid ${live.pid}) is running; waiting for it to finish`]);
    live.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const release = await acquireBuildLock(path, { waitMs: 0, say: (line) => said.push(line) });
    expect(said.at(-1)).toBe(`taking over the build lock of a build that is gone (pid ${live.pid})`);
    expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(path)).toBe(false);
  });
});
