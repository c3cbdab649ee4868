import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { GzipCache } from './gzip-cache.ts';

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
  '.md': 'text/markdown; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Pagefind's index, fragments, filters and WebAssembly, which it writes
 * gzipped. Sent as such with `Content-Encoding: gzip`, the browser inflates
 * them natively and Pagefind skips its own inflater in JavaScript (a fifth of
 * a first query's time); the bytes on the wire are the same.
 */
const PAGEFIND_GZIPPED = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/u;

/** The headers docs/deploy.md asks of a production host, sent here too so that tests see what users get. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
} as const;

const ALLOWED_METHODS = 'GET, HEAD';
const COMPRESSIBLE = /^(?:text\/|application\/json|image\/svg)/u;

/**
 * Serve a built site from `root` under `base` (`/` or `/kb/`), the way a
 * plain static host would: `dir/` → `dir/index.html`, 404.html for misses.
 * It answers GET and HEAD only, and its redirects never leave its origin.
 */
export function createStaticServer(root: string, base = '/', limits: ConnectionLimits = CONNECTION_LIMITS): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const gzipped = new GzipCache();
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: limits.keepAliveMs,
      // How often half-open connections are checked against those timeouts (Node's default, 30 s, lets a slow client linger).
      connectionsCheckingInterval: Math.min(1000, limits.headersMs),
    },
    (request, response) => {
      const send = (status: number, headers: Record<string, string>, body?: () => void) => {
        response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
        if (request.method === 'HEAD' || !body) response.end();
        else body();
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(405, { Allow: ALLOWED_METHODS, 'Content-Type': TYPES['.txt']! }, () => response.end('Chỉ hỗ trợ GET và HEAD'));
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '';
      }
      if (!pathname.startsWith(prefix) && `${pathname}/` === prefix) {
        send(301, { Location: prefix });
        return;
      }
      const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
      const file = relative === null ? null : resolveFile(root, relative);
      if (!file) {
        const notFound = join(root, '404.html');
        send(404, { 'Content-Type': TYPES['.html']! }, () => {
          if (existsSync(notFound)) createReadStream(notFound).pipe(response);
          else response.end('Không tìm thấy trang');
        });
        return;
      }
      if (file.redirect) {
        // Built from the folder found on disk, never from the raw path: `/%2Fevil.example%2F..` stays on this host.
        send(301, { Location: `${prefix}${file.relative}/${url.search}` });
        return;
      }
      const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
      // Text is sent gzipped to a browser that accepts it, as a production host would; Pagefind's files are gzipped already.
      const gzip = acceptsGzip(request.headers['accept-encoding']);
      const gzipNow = gzip && COMPRESSIBLE.test(type);
      const alreadyGzipped = gzip && PAGEFIND_GZIPPED.test(file.path);
      const { size, mtimeMs } = statSync(file.path);
      const etag = `W/"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"`;
      const headers = {
        'Content-Type': type,
        'Cache-Control': cacheControl(file.relative),
        ETag: etag,
        Vary: 'Accept-Encoding',
        ...(gzipNow || alreadyGzipped ? { 'Content-Encoding': 'gzip' } : {}),
      };
      if (request.headers['if-none-match'] === etag) {
        send(304, headers);
        return;
      }
      if (!gzipNow) {
        send(200, headers, () => createReadStream(file.path).pipe(response));
        return;
      }
      gzipped.get(file.path, etag).then(
        (body) => send(200, { ...headers, 'Content-Length': String(body.length) }, () => response.end(body)),
        () => send(500, { 'Content-Type': TYPES['.txt']! }, () => response.end('Không đọc được tệp')),
      );
    },
  );
  // Past the cap, a new connection is refused at once rather than queued: a flood cannot hold every socket.
  server.maxConnections = limits.connections;
  // A connection idle this long (a client that stopped reading or sending) is closed.
  server.setTimeout(limits.idleMs, (socket) => socket.destroy());
  return server;
}

/** What one client may hold of the server: time to send its headers and its request, idle time, and connections in all. */
export interface ConnectionLimits {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  idleMs: number;
  connections: number;
}

/** Generous for a reader on a slow line, short for a client that only holds a socket open (slowloris). */
export const CONNECTION_LIMITS: ConnectionLimits = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000, idleMs: 60_000, connections: 2_000 };

/**
 * Whether a client takes gzip, by its Accept-Encoding (RFC 9110): `gzip`, or
 * `*`, with a quality above 0; `gzip;q=0` refuses it, even beside `*`.
 */
export function acceptsGzip(header: string | undefined): boolean {
  const qualities = new Map(
    (header ?? '').split(',').flatMap((part) => {
      const [coding = '', ...parameters] = part.trim().toLowerCase().split(';').map((piece) => piece.trim());
      const quality = parameters.find((parameter) => parameter.startsWith('q='));
      return coding ? [[coding, quality ? Number(quality.slice(2)) : 1] as const] : [];
    }),
  );
  const gzip = qualities.get('gzip') ?? qualities.get('x-gzip') ?? qualities.get('*');
  return gzip !== undefined && gzip > 0;
}

/** As docs/deploy.md has it: hashed names for a year, the search index for five minutes, pages always revalidated. */
function cacheControl(relative: string): string {
  if (relative.startsWith('_astro/')) return 'public, max-age=31536000, immutable';
  if (relative.startsWith('pagefind/')) return 'public, max-age=300, must-revalidate';
  return 'no-cache';
}

function resolveFile(root: string, relative: string): { path: string; relative: string; redirect: boolean } | null {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(path)) return null;
  const inside = path.slice(root.length).split(sep).filter(Boolean).join('/');
  if (statSync(path).isDirectory()) {
    if (!relative.endsWith('/') && relative !== '') return { path, relative: inside, redirect: true };
    const index = join(path, 'index.html');
    return existsSync(index) ? { path: index, relative: inside, redirect: false } : null;
  }
  return { path, relative: inside, redirect: false };
}
