import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, CONNECTION_LIMITS, createStaticServer, SECURITY_HEADERS } from '../../scripts/lib/static-server.ts';
import { connect } from 'node:net';

let origin: string;
let close: () => void;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-serve-'));
  mkdirSync(join(root, 'api'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Trang chủ</title>');
  writeFileSync(join(root, 'api', 'index.html'), '<!doctype html><title>Dữ liệu mở</title>');
  // As Pagefind writes its chunks: gzipped, with a signature its runtime looks for once inflated.
  mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(root, 'pagefind', 'index', 'vi_1.pf_index'), gzipSync('pagefind_dcd chunk'));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'page.C0ffee12.css'), 'body { margin: 0 }');
  const server = createStaticServer(root, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const request = (path: string, method = 'GET') => fetch(`${origin}${path}`, { method, redirect: 'manual' });

describe('npm run serve', () => {
  it('answers GET with the page and the security headers the deploy docs ask for', async () => {
    const response = await request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Trang chủ');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await request('/', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/u);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and the methods it allows', async (method) => {
    const response = await request('/', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('never redirects off its own origin', async () => {
    const response = await request('/%2Fevil.example.com%2F..%2Fapi');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/api/');
    const folder = await request('/api');
    expect(folder.headers.get('location')).toBe('/api/');
  });

  it('sends Pagefind\'s gzipped files as gzip to a browser that accepts it, so that the browser, not Pagefind\'s script, inflates them', async () => {
    const accepted = await fetch(`${origin}/pagefind/index/vi_1.pf_index`, { headers: { 'accept-encoding': 'gzip' } });
    expect(accepted.headers.get('content-encoding')).toBe('gzip');
    expect(await accepted.text()).toBe('pagefind_dcd chunk');
    const refused = await fetch(`${origin}/pagefind/index/vi_1.pf_index`, { headers: { 'accept-encoding': 'identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const bytes = new Uint8Array(await refused.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  });

  it('lets a browser keep what docs/deploy.md lets it keep, and answers 304 when its copy is current', async () => {
    expect((await request('/_astro/page.C0ffee12.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await request('/pagefind/index/vi_1.pf_index')).headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const page = await request('/');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/u);
    const again = await fetch(`${origin}/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${origin}/`, { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
  });
});

// Issue 34.5: a client gets gzip only when it takes it, and cannot hold the server's sockets.
describe('npm run serve, against careless and hostile clients', () => {
  it('reads Accept-Encoding with its qualities: gzip;q=0 refuses gzip', async () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    const refused = await fetch(`${origin}/`, { headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toContain('Trang chủ');
  });

  it('drops a client that sends its headers too slowly, and refuses connections past its cap', async () => {
    expect(CONNECTION_LIMITS.headersMs).toBeLessThanOrEqual(10_000);
    const root = mkdtempSync(join(tmpdir(), 'kb-serve-slow-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Trang chủ</title>');
    const server = createStaticServer(root, '/', { ...CONNECTION_LIMITS, headersMs: 300, requestMs: 600, connections: 3 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const open = () => {
      const started = Date.now();
      // A request begun and never finished (slowloris).
      const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
      socket.on('error', () => {});
      socket.resume();
      return new Promise<number>((done) => socket.on('close', () => done(Date.now() - started)));
    };
    const lasted = await Promise.all([open(), open(), open(), open()]);
    // Every one is closed: the fourth at once (past the cap), the others once their headers are late.
    expect(Math.min(...lasted)).toBeLessThan(300);
    expect(Math.max(...lasted)).toBeLessThan(5_000);
    server.close();
  });
});
