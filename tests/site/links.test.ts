import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';
import { readOpenData } from '../../scripts/lib/open-data.ts';
import { dist, projectDir } from './helpers.ts';

const recorded = () => readFileSync(join(projectDir, 'data/published-urls.txt'), 'utf8').split('\n').filter(Boolean);

function checkPublished(site: string, list: string[], redirects: unknown[]) {
  const work = mkdtempSync(join(tmpdir(), 'kb-links-'));
  writeFileSync(join(work, 'urls.txt'), `${list.join('\n')}\n`);
  writeFileSync(join(work, 'redirects.json'), JSON.stringify(redirects));
  const run = spawnSync(
    process.execPath,
    ['scripts/check-published.ts', '--dist', site, '--list', join(work, 'urls.txt'), '--redirects', join(work, 'redirects.json')],
    { cwd: projectDir, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function copyOfDist(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'kb-dist-')), 'dist');
  cpSync(dist, copy, { recursive: true });
  return copy;
}

describe('links that never break', () => {
  it('has every URL of this build in the committed list (run `npm run record-urls` after adding a plan)', () => {
    const missing = publishedUrls(dist, '/', readOpenData(dist)).filter((url) => !recorded().includes(url));
    expect(missing).toEqual([]);
  });

  it('fails the build when a published URL disappears without a redirect', () => {
    const gone = '/cao-bang-kh-ubnd-2026-02/#iii-9-9-y9';
    const run = checkPublished(copyOfDist(), [...recorded(), gone], []);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`published URL ${gone} is gone from this build`);
  });

  it('keeps a moved item’s old anchor and a moved page’s old address working', () => {
    const site = copyOfDist();
    const movedItem = '/cao-bang-kh-ubnd-2026-02/#iii-9-9-y9';
    const movedPage = '/co-quan/so-giao-duc/';
    const run = checkPublished(site, [...recorded(), movedItem, movedPage], [
      { from: movedItem, to: '/cao-bang-kh-ubnd-2026-02/#iii-2-4-y3', why: 'renumbered' },
      { from: movedPage, to: '/co-quan/so-giao-duc-va-dao-tao/', why: 'full name' },
    ]);
    expect(run.status, run.output).toBe(0);
    const page = readFileSync(join(site, 'cao-bang-kh-ubnd-2026-02/index.html'), 'utf8');
    expect(page).toMatch(/id="iii-2-4-y3"[^>]*><span id="iii-9-9-y9" class="moved-anchor"><\/span>/u);
    const redirect = readFileSync(join(site, 'co-quan/so-giao-duc/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/co-quan/so-giao-duc-va-dao-tao/">');
    expect(readFileSync(join(site, '_redirects'), 'utf8')).toBe('/co-quan/so-giao-duc/ /co-quan/so-giao-duc-va-dao-tao/ 301\n');
  });

  it('refuses a redirect to a URL this build does not publish', () => {
    const run = checkPublished(copyOfDist(), recorded(), [{ from: '/old/', to: '/nowhere/', why: 'test' }]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('redirect target /nowhere/ is not published by this build');
  });
});
