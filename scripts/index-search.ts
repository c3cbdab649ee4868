/** Build the Pagefind index over dist/ (placeholder until the search issue replaces it). */
import { createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { index, errors } = await createIndex({});
if (!index) throw new Error(`[search] ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`[search] ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${dist}pagefind` });
await (await import('pagefind')).close();
console.log(`[search] indexed ${added.page_count} pages`);
