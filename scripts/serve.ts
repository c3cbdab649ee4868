/**
 * npm run serve: serve dist/ on http://localhost:4321 (PORT), under the base
 * the build used (SITE_BASE, or SITE_URL's path); `--dist DIR` serves another build.
 * Stops on SIGTERM and SIGINT, and when the process that started it ends.
 */
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './lib/static-server.ts';
import { pathOption, siteAddressOrExit } from './lib/cli-options.ts';

const root = pathOption('--dist', fileURLToPath(new URL('../dist/', import.meta.url)));
const { base } = siteAddressOrExit('serve');
const port = Number(process.env.PORT ?? 4321);
const server = createStaticServer(root, base);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(`[serve] port ${port}: ${error.code === 'EADDRINUSE' ? 'in use by another program; set PORT=… to use another' : error.message}`);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`[serve] http://localhost:${port}${base}  (Ctrl+C to stop)`);
});

function stop(why: string): void {
  console.log(`[serve] stopped: ${why}`);
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
// `npm run serve` runs this under a shell that does not pass SIGTERM on: when npm is
// killed, the shell dies and this process is handed to another parent. Stop then.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('the process that started it ended');
}, 500).unref();
