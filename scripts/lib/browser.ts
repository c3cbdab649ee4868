import type { Server, ServerResponse } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { createStaticServer } from './static-server.ts';

/** Debian's Chromium, started the way this machine allows (no network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ServedSite {
  origin: string;
  /**
   * Bytes of response bodies sent so far, as sent (gzipped where the server compresses): what the page and its workers
   * fetched; with `under`, only for addresses under that path (`/pagefind/`).
   */
  bytesSent(under?: string): number;
  close(): Promise<void>;
}

/** Serve a built site on 127.0.0.1 under `base`, on `port` (any free one by default). */
export async function serveSite(dist: string, base = '/', port = 0): Promise<ServedSite> {
  const server: Server = createStaticServer(dist, base);
  const sent = new Map<string, number>();
  server.on('request', (request, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) sent.set(path, (sent.get(path) ?? 0) + Buffer.byteLength(chunk));
    };
    const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return write(chunk, ...rest);
    }) as typeof response.write;
    const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      count(chunk);
      return end(chunk, ...rest);
    }) as typeof response.end;
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    bytesSent: (under = '/') => [...sent].reduce((total, [path, bytes]) => total + (path.startsWith(under) ? bytes : 0), 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
