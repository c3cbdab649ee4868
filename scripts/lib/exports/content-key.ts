import { createHash } from 'node:crypto';
import type { Table } from './tables.ts';

const digests = new WeakMap<object, string>();

/**
 * The digest of what a value holds, worked out once per object: a row or a calendar event is part of a dozen
 * files, and the key of each of those files names it by this digest rather than by all of its text. The value
 * must not change once digested (rows and events are made and never changed).
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(value)).digest('base64');
    digests.set(value, digest);
  }
  return digest;
}

/** The key of a file made of these tables: every table's name, headers and widths, then its rows' digests in order. */
export function tablesKey(tables: Table[]): string {
  return tables.map((table) => `${JSON.stringify([table.name, table.headers, table.widths])}\n${table.rows.map(digestOf).join('')}`).join('\n');
}
