/**
 * Text as the search index stores it and as queries are read: shared by the
 * index builder, the search page and the tests, so all three agree.
 *
 * Pagefind folds tone marks (`truong` finds `trường`) but not đ, which is a
 * letter of its own: `dao` would not find `Đào`. So the index stores đ as d,
 * and every query is read the same way.
 */
export function foldDForIndex(text: string): string {
  return text.replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/** A query as the index reads it. */
export function normaliseQuery(query: string): string {
  return foldDForIndex(query.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

/**
 * One character for one character: tone marks dropped, đ → d, lower case.
 * The folded text has the same length as the NFC text, so positions found in
 * it are positions in the original (for highlighting).
 */
export function foldForMatch(text: string): string {
  let folded = '';
  for (const character of text.normalize('NFC')) folded += foldCharacter(character);
  return folded;
}

/** Each character folded once: the index folds every text several times, of a few hundred characters in all. */
const FOLDED = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = FOLDED.get(character);
  if (folded === undefined) {
    const base = character.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
    folded = (base.length === 1 ? base : character).toLowerCase();
    FOLDED.set(character, folded);
  }
  return folded;
}

/**
 * Each two neighbouring words as one token (`Sở Tài chính` → `sotai
 * taichinh`), folded, never across punctuation. Pagefind reads each word of a
 * query as the start of words (`so` is also `sở`, `số`, `sông`, `soạn`…) and
 * the commonest syllables hold most of the index: a query made of pairs reads
 * a small part of it, and finds the words next to each other.
 */
export function wordPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of foldForMatch(text).split(/[^\p{L}\p{N}\s]+/u)) {
    const words = run.split(/\s+/u).filter(Boolean);
    for (let index = 1; index < words.length; index++) pairs.push(`${words[index - 1]}${words[index]}`);
  }
  return pairs;
}

/** The synonym groups (folded) that a folded text names, each found as whole words. */
export function synonymGroupsIn(folded: string, groups: string[][]): string[][] {
  return groups.filter((group) => group.some((member) => containsWords(folded, member)));
}

/**
 * Words to add to a record so that every name of what it mentions finds it:
 * the names it does not hold already, each once. Every added word is a
 * place the index lists (`gddt` alone is in most records of a plan), so
 * names that a query reads alike (`gd&dt` and `gddt`: Pagefind drops the
 * punctuation of queries) count as one.
 */
export function synonymExpansion(text: string, groups: string[][]): string {
  const folded = foldForMatch(text);
  const held = new Set(groups.flat().filter((name) => containsWords(folded, name)));
  // Names a query reads as they are written: held, they need no twin (`gd&dt` beside `gddt`).
  const readAsHeld = new Set([...held].filter((name) => readAlike(name) === name));
  const added: string[] = [];
  for (const group of groups.filter((members) => members.some((name) => held.has(name)))) {
    // A name without punctuation first: it is the one a query is read as.
    for (const name of [...group].sort((a, b) => Number(readAlike(a) !== a) - Number(readAlike(b) !== b))) {
      if (held.has(name) || readAsHeld.has(readAlike(name))) continue;
      readAsHeld.add(readAlike(name));
      added.push(name);
    }
  }
  return added.join(' ; ');
}

/** A name as a query is read: punctuation dropped, spaces single. */
function readAlike(name: string): string {
  return withoutQueryPunctuation(name).replace(/\s+/gu, ' ').trim();
}

/** Text without the punctuation Pagefind drops from a query (`gd&dt` is searched as `gddt`, `43-KH/TU` as `43khtu`). */
export function withoutQueryPunctuation(text: string): string {
  return text.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/**
 * Ranges of `text` to highlight: each query word as a whole word, the last
 * one also as the start of a word (as search matches what is being typed),
 * and each synonym the query names.
 */
export function highlightRanges(text: string, query: string, groups: string[][]): Array<[number, number]> {
  const folded = foldForMatch(text);
  const foldedQuery = foldForMatch(query);
  const words = foldedQuery.split(/[\s,;:()"'“”]+/u).filter((word) => word.length >= 3 || /\d/u.test(word));
  // Short words (`so`, `va`) only count inside the whole query or a synonym: alone they would light up every `số`.
  const wholeWords = [foldedQuery.replace(/["“”]/gu, '').trim(), ...words, ...synonymGroupsIn(foldedQuery, groups).flat()].filter(Boolean);
  const ranges: Array<[number, number]> = [];
  const mark = (phrase: string, prefix: boolean) => {
    for (let at = indexOfWords(folded, phrase, 0); at !== -1; at = indexOfWords(folded, phrase, at + 1)) {
      const after = folded[at + phrase.length];
      if (prefix || after === undefined || !/[\p{L}\p{N}]/u.test(after)) ranges.push([at, at + phrase.length]);
    }
  };
  // Where the query's phrase stands whole, it alone is marked: `trú` lit inside `trường nội trú` says nothing of `nội trú`.
  const [whole = ''] = wholeWords;
  const marked = whole.includes(' ') && containsWords(folded, whole) ? [whole, ...synonymGroupsIn(foldedQuery, groups).flat()] : wholeWords;
  new Set(marked).forEach((phrase) => mark(phrase, /\d/u.test(phrase)));
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Whole words only: `ai` must not match inside `mai`, nor `thpt` inside `thpts`. */
export function containsWords(folded: string, phrase: string): boolean {
  for (let at = indexOfWords(folded, phrase, 0); at !== -1; at = indexOfWords(folded, phrase, at + 1)) {
    const after = folded[at + phrase.length];
    if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Position of `phrase` in `folded` where a word starts (a prefix, as search matches), or -1. */
function indexOfWords(folded: string, phrase: string, from: number): number {
  // An empty phrase is found at every index, the last one for ever.
  if (phrase === '') return -1;
  for (let at = folded.indexOf(phrase, from); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    const before = folded[at - 1];
    if (before === undefined || !/[\p{L}\p{N}]/u.test(before)) return at;
  }
  return -1;
}

/**
 * The Pagefind queries a search runs, in order: its neighbouring words as
 * pairs (see wordPairs), quick and finding them together, then its words
 * alone, which also finds them apart. A query of one word runs once.
 */
export function searchSteps(query: string): string[] {
  const words = normaliseQuery(query);
  const pairs = wordPairs(query);
  return pairs.length > 0 ? [pairs.join(' '), words] : [words];
}

/** Between an agency's name and its province in a search filter value (`Sở Tài chính – Cao Bằng`). */
export const AGENCY_PROVINCE = ' – ';
