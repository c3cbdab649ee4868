import { foldVietnamese } from './fold-vietnamese.ts';

/**
 * Texts as TF-IDF vectors of their folded syllables and syllable pairs, compared
 * by cosine (Salton's vector space model): the well-tried measure of how much
 * two short texts say alike, which weighs a rare shared phrase (`quỹ đất`,
 * `trường chuyên`) over the words every plan repeats. Syllables are folded
 * (no tone marks, đ as d) so that a copy's lost marks still match; pairs keep
 * the compound words Vietnamese writes as two syllables.
 */
export interface TextVectors {
  vector(text: string): Map<string, number>;
}

/** Syllables too common in plans to tell one text from another. */
const FUNCTION_SYLLABLES = new Set(['va', 'cac', 'cua', 'cho', 'trong', 'voi', 'de', 'theo', 'tren', 'nhung', 'duoc', 'la', 'co', 'tai', 've', 'tu', 'den', 'nay', 'mot', 'thuc', 'hien', 'tinh', 'nam']);

/** A text as lower-case folded syllables, punctuation gone. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function terms(text: string): string[] {
  const words = foldedWords(text).filter((word) => !FUNCTION_SYLLABLES.has(word));
  return [...words, ...words.slice(1).map((word, index) => `${words[index]}_${word}`)];
}

/** Vectors weighted by how rare each term is among `corpus`. */
export function textVectors(corpus: string[]): TextVectors {
  const documentFrequency = new Map<string, number>();
  for (const text of corpus) for (const term of new Set(terms(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return {
    vector(text) {
      const counts = new Map<string, number>();
      for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      const weights = new Map<string, number>();
      let norm = 0;
      for (const [term, count] of counts) {
        const weight = (1 + Math.log(count)) * Math.log(1 + corpus.length / (documentFrequency.get(term) ?? 1));
        weights.set(term, weight);
        norm += weight * weight;
      }
      if (norm > 0) for (const [term, weight] of weights) weights.set(term, weight / Math.sqrt(norm));
      return weights;
    },
  };
}

/** Cosine of two unit vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}
