import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_DATA, openRecordSchema, z, type OpenData, type OpenDataName } from '../../src/schema/index.ts';

/**
 * One collection of the open data a build wrote under `<dist>/api/`, read back
 * through its schema: a file that breaks the data contract stops the caller
 * with the file and the field, never a half-read record.
 */
export function readOpenRecords<Name extends OpenDataName>(dist: string, name: Name): OpenData[Name] {
  const file = join(dist, 'api', `${name}.json`);
  const parsed = z.array(openRecordSchema(name)).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: record ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as OpenData[Name];
}

/** All of the open data a build wrote. */
export function readOpenData(dist: string): OpenData {
  return Object.fromEntries(OPEN_DATA.map((name) => [name, readOpenRecords(dist, name)])) as OpenData;
}
