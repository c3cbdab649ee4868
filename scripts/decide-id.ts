/**
 * npm run decide-id -- <document> <id> <line>: when an amended plan has two
 * items that read alike for one published id, record which keeps it (the item
 * starting at <line> of the seed) in data/id-decisions.json, a reviewed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { IdDecisionSchema, z } from '../src/schema/index.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const path = join(projectDir, 'data/id-decisions.json');
const [document, id, line] = process.argv.slice(2);
const decision = IdDecisionSchema.safeParse({ document, id, line: Number(line) });
if (!decision.success) {
  console.error('[decide-id] usage: npm run decide-id -- <document> <id> <line>, e.g. npm run decide-id -- bac-kan-ke-hoach-91-kl-tw ii-2-y3 45');
  process.exit(1);
}
const decisions = z.array(IdDecisionSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
const others = decisions.filter((entry) => !(entry.document === decision.data.document && entry.id === decision.data.id));
writeFileSync(path, `${JSON.stringify([...others, decision.data], null, 2)}\n`);
console.log(`[decide-id] ${decision.data.document} #${decision.data.id} is the item at line ${decision.data.line}; review and commit data/id-decisions.json`);
