/**
 * npm run layers: the house's layers (.dependency-cruiser.cjs) checked on
 * src/ and scripts/, how many floors src/ingest stands on, and the regular
 * expressions it writes outside patterns/. Exits 1 on any violation. tests/unit/layers.test.ts runs the same check.
 */
import { fileURLToPath } from 'node:url';
import { checkLayers, strayPatterns } from './lib/layers.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const report = await checkLayers(projectDir);
for (const violation of report.violations) console.error(`[layers] ${violation}`);
console.log(`[layers] ${report.modules} modules, ${report.violations.length} violations; src/ingest stands on ${report.ingestFloors.length} floors: ${report.ingestFloors.join(' → ')}`);
const patterns = strayPatterns(projectDir);
for (const line of patterns.stray) console.error(`[layers] ${line}: a regular expression outside patterns/, neither named nor said private to its function`);
console.log(`[layers] ${patterns.outside} regular-expression literals in src/ingest outside patterns/, ${patterns.stray.length} not said private`);
if (report.violations.length > 0 || patterns.stray.length > 0) process.exitCode = 1;
