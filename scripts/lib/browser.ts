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
  /** Bytes of response bodies sent so far, as sent (gzipped where the server compresses): what the page and its workers fetched. */
  bytesSent(): number;
  close(): Promise<void>;
}

/** Serve a built site on 127.0.0.1 under `base`, on `port` (any free one by default). */
export async function serveSite(dist: string, base = '/', port = 0): Promise<ServedSite> {
  const server: Server = createStaticServer(dist, base);
  let sent = 0;
  server.on('request', (_request, response: ServerResponse) => {
    const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) sent += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof response.write;
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    bytesSent: () => sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
