import errataJson from '../../data/errata.json';
import { ErratumSchema, z } from '../schema/index.ts';
import { errataFor, findErrata } from './errata-marks.ts';

const errata = z.array(ErratumSchema).parse(errataJson);

/** Text split into plain runs and reviewed corrections, for pages outside the MDX body. */
export function splitByErrata(text: string, sha256: string): Array<{ text: string; read?: string }> {
  const parts: Array<{ text: string; read?: string }> = [];
  let cursor = 0;
  for (const mark of findErrata(text, errataFor(errata, sha256))) {
    if (mark.start > cursor) parts.push({ text: text.slice(cursor, mark.start) });
    parts.push({ text: text.slice(mark.start, mark.end), read: mark.read });
    cursor = mark.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}
