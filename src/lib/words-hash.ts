import { createHash } from 'node:crypto';

/**
 * What an editor's correction is bound to: the first 8 hex digits of the
 * SHA-256 of an item's words, composed (NFC) and with runs of white space as
 * one space, so that a file re-saved with other line ends or spacing keeps
 * its corrections while any change of a word makes them stale.
 */
export function wordsHash(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex').slice(0, 8);
}
