import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Serve a built site from `root` under `base` (`/` or `/kb/`), the way a
 * plain static host would: `dir/` → `dir/index.html`, 404.html for misses.
 */
export function createStaticServer(root: string, base = '/'): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '';
    }
    if (!pathname.startsWith(prefix) && `${pathname}/` === prefix) {
      response.writeHead(301, { Location: prefix });
      response.end();
      return;
    }
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
    const file = relative === null ? null : resolveFile(root, relative);
    if (!file) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Không tìm thấy trang');
      return;
    }
    if (file.redirect) {
      response.writeHead(301, { Location: `${pathname}/${url.search}` });
      response.end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file.path).pipe(response);
  });
}

function resolveFile(root: string, relative: string): { path: string; redirect: boolean } | null {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    if (!relative.endsWith('/') && relative !== '') return { path, redirect: true };
    const index = join(path, 'index.html');
    return existsSync(index) ? { path: index, redirect: false } : null;
  }
  return { path, redirect: false };
}
