import { foldVietnamese } from '../../lib/fold-vietnamese.ts';

/** A Vietnamese syllable's shape: an initial, one to three vowels, a final (tone and vowel marks folded away). */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** `Nghị`, `quyết` are syllables; `HĐND`, `XVI`, `7+ѬѪ1` are not. */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(foldVietnamese(word).toLowerCase());
}
