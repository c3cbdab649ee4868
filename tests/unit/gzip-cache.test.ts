import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipCache } from '../../scripts/lib/gzip-cache.ts';

describe('the gzip cache of npm run serve', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-gzip-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  it('compresses a file once for every request of the same version, and again for a new one', async () => {
    const cache = new GzipCache();
    const path = file('documents.json', JSON.stringify(Array.from({ length: 2000 }, (_, index) => ({ id: `van-ban-${index}` }))));
    const [first, second] = [cache.get(path, 'v1'), cache.get(path, 'v1')];
    expect(second).toBe(first);
    expect(JSON.parse(gunzipSync(await first).toString('utf8'))).toHaveLength(2000);
    expect(cache.get(path, 'v1')).toBe(first);
    writeFileSync(path, '[]');
    const changed = cache.get(path, 'v2');
    expect(changed).not.toBe(first);
    expect(gunzipSync(await changed).toString('utf8')).toBe('[]');
  });

  it('drops the least recently sent file past its limit', async () => {
    const cache = new GzipCache(1);
    const [a, b] = [file('a.html', 'Trang a'), file('b.html', 'Trang b')];
    const first = cache.get(a, 'v1');
    await first;
    await cache.get(b, 'v1');
    expect(cache.get(a, 'v1')).not.toBe(first);
  });

  it('forgets a file it could not read, so the next request tries again', async () => {
    const cache = new GzipCache();
    const missing = join(folder, 'missing.html');
    const failed = cache.get(missing, 'v1');
    await expect(failed).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get(missing, 'v1')).not.toBe(failed);
    await cache.get(missing, 'v1').catch(() => undefined);
  });
});
