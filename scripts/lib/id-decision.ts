import { IdDecisionSchema, type IdDecision, type IdLock } from '../../src/schema/index.ts';

export const DECIDE_ID_USAGE = 'npm run decide-id -- <document> <id> <line>, e.g. npm run decide-id -- bac-kan-ke-hoach-91-kl-tw ii-2-y3 45';

/**
 * The decision `npm run decide-id` was asked to record, or what is wrong with
 * it: the document must be a published one and the id one it published (the
 * lock says both), the line a whole number from 1.
 */
export function readIdDecision(args: string[], lock: IdLock): { decision: IdDecision } | { problem: string } {
  if (args.length !== 3) return { problem: `expected three arguments, got ${args.length}; usage: ${DECIDE_ID_USAGE}` };
  const [document, id, line] = args as [string, string, string];
  if (!/^[1-9]\d*$/u.test(line)) return { problem: `line "${line}" is not a line number (a whole number from 1); usage: ${DECIDE_ID_USAGE}` };
  const parsed = IdDecisionSchema.safeParse({ document, id, line: Number(line) });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === 'id' ? `id "${id}"` : `document "${document}"`;
    return { problem: `${field} is not an id (lower-case letters, digits and hyphens); usage: ${DECIDE_ID_USAGE}` };
  }
  const items = Object.hasOwn(lock, document) ? lock[document]! : null;
  if (!items) return { problem: `document "${document}" was never published (data/id-lock.json has no such document)` };
  if (!items.some((item) => item.id === id)) return { problem: `"${id}" is not an id ${document} published (data/id-lock.json)` };
  return { decision: parsed.data };
}
