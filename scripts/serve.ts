/**
 * npm run serve: serve dist/ on http://localhost:4321 (PORT), under the base
 * the build used (SITE_BASE, or SITE_URL's path); `--dist DIR` serves another build.
 */
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './lib/static-server.ts';
import { pathOption } from './lib/cli-options.ts';
import { siteAddress } from '../src/lib/site-address.ts';

const root = pathOption('--dist', fileURLToPath(new URL('../dist/', import.meta.url)));
const { base } = siteAddress(process.env);
const port = Number(process.env.PORT ?? 4321);
createStaticServer(root, base).listen(port, () => {
  console.log(`[serve] http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
