/**
 * npm run layers: the house's layers (.dependency-cruiser.cjs) checked on
 * src/ and scripts/, and how many floors src/ingest stands on. Exits 1 on
 * any violation. tests/unit/layers.test.ts runs the same check.
 */
import { fileURLToPath } from 'node:url';
import { checkLayers } from './lib/layers.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const report = await checkLayers(projectDir);
for (const violation of report.violations) console.error(`[layers] ${violation}`);
console.log(`[layers] ${report.modules} modules, ${report.violations.length} violations; src/ingest stands on ${report.ingestFloors.length} floors: ${report.ingestFloors.join(' → ')}`);
if (report.violations.length > 0) process.exitCode = 1;
