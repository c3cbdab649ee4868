import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partPageRedirects } from '../../scripts/lib/id-lock.ts';
import { writeRedirects } from '../../scripts/lib/write-redirects.ts';
import { splitUrl } from '../../scripts/lib/published-urls.ts';

describe('redirects written for pages that moved', () => {
  it('sends a page of a long document this build no longer has to the document’s address for its first block', () => {
    const recorded = ['/ke-hoach/', '/ke-hoach/phan/iii/', '/ke-hoach/phan/iii-34/', '/bo/phan/i/', '/ke-hoach/#iii-34'];
    const current = new Set(['/ke-hoach/', '/ke-hoach/phan/iii/', '/ke-hoach/#iii-34']);
    expect(partPageRedirects(recorded, current)).toEqual([{ from: '/ke-hoach/phan/iii-34/', to: '/ke-hoach/#iii-34', why: expect.any(String) }]);
    const version = '/ke-hoach/phien-ban/0123456789ab/';
    expect(partPageRedirects([`${version}phan/iii/`], new Set([version]))).toEqual([{ from: `${version}phan/iii/`, to: version, why: expect.any(String) }]);
  });

  it('writes a redirect page that keeps the fragment it was asked for, and goes to the target’s without script', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kb-redirects-'));
    writeRedirects(dist, '/kb/', [{ from: '/ke-hoach/phan/iii-34/', to: '/ke-hoach/#iii-34', why: 'test' }], splitUrl);
    const page = readFileSync(join(dist, 'ke-hoach/phan/iii-34/index.html'), 'utf8');
    expect(page).toContain('<script>location.replace("/kb/ke-hoach/" + (location.hash || "#iii-34"))</script>');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/kb/ke-hoach/#iii-34">');
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe('/kb/ke-hoach/phan/iii-34/ /kb/ke-hoach/#iii-34 301\n');
  });
});
