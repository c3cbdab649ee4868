/**
 * npm run decide-id -- <document> <id> <line>: when an amended plan has two
 * items that read alike for one published id, record which keeps it (the item
 * starting at <line> of the seed) in data/id-decisions.json, a reviewed file.
 * Arguments that name no published document or id change nothing.
 *
 *   --data DIR   the data folder (default data/)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { IdDecisionSchema, IdLockSchema, z } from '../src/schema/index.ts';
import { pathOption } from './lib/cli-options.ts';
import { readIdDecision } from './lib/id-decision.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = pathOption('--data', join(projectDir, 'data'));
const args = process.argv.slice(2);
const positional = args.filter((_, index) => args[index] !== '--data' && args[index - 1] !== '--data');

const stop = (problem: string): never => {
  console.error(`[decide-id] ${problem}`);
  process.exit(1);
};
const readJson = <T>(file: string, schema: z.ZodType<T>, fallback: T): T => {
  const path = join(dataDir, file);
  if (!existsSync(path)) return fallback;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return stop(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : stop(`${path}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
};

const lock = readJson('id-lock.json', IdLockSchema, {});
const read = readIdDecision(positional, lock);
if ('problem' in read) stop(read.problem);
const { decision } = read as { decision: z.infer<typeof IdDecisionSchema> };
const decisions = readJson('id-decisions.json', z.array(IdDecisionSchema), []);
const others = decisions.filter((entry) => !(entry.document === decision.document && entry.id === decision.id));
writeFileSync(join(dataDir, 'id-decisions.json'), `${JSON.stringify([...others, decision], null, 2)}\n`);
console.log(`[decide-id] ${decision.document} #${decision.id} is the item at line ${decision.line}; review and commit data/id-decisions.json`);
