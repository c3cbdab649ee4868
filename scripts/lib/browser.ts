import type { Server } from 'node:http';
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

/** Serve a built site on 127.0.0.1 under `base`; resolves to its origin. */
export async function serveSite(dist: string, base = '/'): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createStaticServer(dist, base);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
