/** npm run serve: serve dist/ on http://localhost:4321 (under SITE_BASE if the build used one). */
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './lib/static-server.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const base = process.env.SITE_BASE ?? '/';
const port = Number(process.env.PORT ?? 4321);
createStaticServer(root, base).listen(port, () => {
  console.log(`[serve] http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
