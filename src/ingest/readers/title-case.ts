import type { Province } from '../../schema/index.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { isVietnameseSyllable } from '../patterns/syllable.ts';
import { wordsIn, CODE_MARK, PUNCTUATION_END, UPPERCASE_START, WORD_CORE } from '../patterns/text.ts';
import { LIST_MARKER } from '../patterns/lines.ts';
import { FIRST_TWO_WORDS } from '../patterns/document-header.ts';
import { STOP_END } from '../patterns/sentences.ts';

/** Verbs a plan's subject line opens with, lowered after the kind: `Kế hoạch triển khai …`. */
const SUBJECT_VERBS = ['thực hiện', 'triển khai', 'tuyên truyền', 'tổ chức', 'về ', 'phát triển', 'nâng cao', 'xây dựng'];

/**
 * A title printed in capitals, in the casing the document itself uses: the
 * same words written in mixed case elsewhere in the text win; otherwise each
 * run of its words takes the casing the text gives it mid-sentence
 * (`Thủ tướng Chính phủ`, `HĐND`, `khóa XVI`), codes and province names kept,
 * the rest in lower case.
 */
export function recaseTitle(title: string, bodyTexts: string[], provinces: Province[]): string {
  if (title !== title.toUpperCase()) return title;
  const written = writtenInBody(title, bodyTexts);
  if (written) return written;
  const casings = casingsInBody(bodyTexts);
  const words = wordsIn(title);
  const cased: string[] = [];
  // The title cut into the fewest runs of words the body has, each in the casing the body uses most.
  for (const { at, span } of fewestPhrases(words, casings)) {
    const counts = casings.get(phraseKey(words.slice(at, at + span)));
    if (counts) {
      const phrase = mostFrequent(counts).split(' ');
      words.slice(at, at + span).forEach((word, index) => cased.push(withCore(word, phrase[index]!)));
    } else cased.push(lowerButCodes(words[at]!));
  }
  return withProvinceNames(capitalised(cased.join(' ')), provinces);
}

/**
 * A body's name printed in capitals (`ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK`): as the
 * text writes the whole name, else in sentence case with codes and province
 * names kept. Not word by word as a title: a plan may write `Nhân dân` for
 * the people, never inside `Ủy ban nhân dân`.
 */
export function recaseName(name: string, bodyTexts: string[], provinces: Province[]): string {
  if (name !== name.toUpperCase()) return name;
  const written = writtenInBody(name, bodyTexts);
  if (written) return written;
  return withProvinceNames(capitalised(wordsIn(name).map(lowerButCodes).join(' ')), provinces);
}

/** The same words written elsewhere in mixed case (a heading or a signature in capitals says nothing of their casing). */
function writtenInBody(text: string, bodyTexts: string[]): string | null {
  const wanted = text.toLowerCase();
  // An empty needle is found at every index, the last one forever.
  if (wanted.trim() === '') return null;
  for (const body of bodyTexts) {
    const lower = body.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      const written = body.slice(at, at + text.length);
      if (written !== written.toUpperCase()) return written;
    }
  }
  return null;
}

/** Codes (`71-NQ/TW`) and abbreviations (`HĐND`, `UBND`, `XVI`) as printed, other words in lower case. */
function lowerButCodes(word: string): string {
  const letters = core(word);
  return CODE_MARK.test(word) || (letters !== '' && !isVietnameseSyllable(letters)) ? word : word.toLowerCase();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withProvinceNames(text: string, provinces: Province[]): string {
  let named = text;
  for (const province of provinces) {
    named = named.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(province.name)}(?![\\p{L}])`, 'giu'), province.name);
  }
  return named;
}

/**
 * `Thực hiện Kế hoạch số 43…` after a kind reads `Kế hoạch thực hiện Kế hoạch số 43…`:
 * the first word is lowered when the document writes it in lower case too, and
 * kept when it names a document (`Kế hoạch số …`).
 */
export function subjectAfterKind(subject: string, bodyText: string): string {
  const firstTwo = FIRST_TWO_WORDS.exec(subject);
  if (!firstTwo || firstTwo[2]) return subject;
  const lowered = firstTwo[1]!.charAt(0).toLowerCase() + firstTwo[1]!.slice(1);
  const isVerb = SUBJECT_VERBS.some((verb) => lowered.startsWith(verb));
  return isVerb || bodyText.includes(lowered) ? lowered + subject.slice(firstTwo[1]!.length) : subject;
}

/** Words of a phrase looked up in the body at most. */
const MAX_PHRASE = 4;

/** Words `at`, `span` long, covering the title: as few runs as can be, a run the body has over a word it lacks. */
function fewestPhrases(words: string[], casings: Map<string, Map<string, number>>): Array<{ at: number; span: number }> {
  const best: Array<{ cost: number; span: number }> = [];
  best[words.length] = { cost: 0, span: 0 };
  for (let at = words.length - 1; at >= 0; at--) {
    // A word the body lacks costs a little more than one it has, and one alone a little more than one in a run:
    // in a tie, the most context wins (`Tỉnh ủy` in a run, not `Ủy` as in `Ủy ban`).
    let choice = { cost: best[at + 1]!.cost + 1.01, span: 1 };
    for (let span = 1; span <= MAX_PHRASE && at + span <= words.length; span++) {
      if (!casings.has(phraseKey(words.slice(at, at + span)))) continue;
      const cost = best[at + span]!.cost + (span === 1 ? 1.001 : 1);
      if (cost <= choice.cost) choice = { cost, span };
    }
    best[at] = choice;
  }
  const runs: Array<{ at: number; span: number }> = [];
  for (let at = 0; at < words.length; at += best[at]!.span) runs.push({ at, span: best[at]!.span });
  return runs;
}

function core(word: string): string {
  return WORD_CORE.exec(word)![2]!;
}

function withCore(word: string, written: string): string {
  const [, before, , after] = WORD_CORE.exec(word)!;
  return `${before}${written}${after}`;
}

function capital(word: string | undefined): boolean {
  return word !== undefined && UPPERCASE_START.test(core(word));
}

function phraseKey(words: string[]): string {
  return words.map((word) => core(word).toLowerCase()).join(' ');
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Every run of up to MAX_PHRASE words of the body, by its lower-case form,
 * with how often each casing of it is written where casing tells something:
 * not in a line of capitals, not opening a sentence, a line or a list item,
 * and not inside a longer name (`Giáo dục` in `Sở Giáo dục`).
 */
function casingsInBody(bodyTexts: string[]): Map<string, Map<string, number>> {
  const casings = new Map<string, Map<string, number>>();
  for (const text of bodyTexts) {
    for (const line of text.split('\n')) {
      if (line === line.toUpperCase()) continue;
      const words = wordsIn(line);
      // Inside a name: after a capital (`Giáo`, `dục` in `Sở Giáo dục`), its `và`, and the capital after it (`và Đào tạo`).
      const insideName: boolean[] = [];
      words.forEach((word, at) => {
        const joined = at > 0 && insideName[at - 1]! && (core(word) === 'và' || (core(words[at - 1]!) === 'và' && capital(word)));
        insideName.push(capital(words[at - 1]) || joined);
      });
      words.forEach((word, at) => {
        const before = words[at - 1];
        const opening = before === undefined || STOP_END.test(before) || LIST_MARKER.test(before);
        if (opening || insideName[at] || !core(word)) return;
        for (let length = 1; length <= MAX_PHRASE && at + length <= words.length; length++) {
          const phrase = words.slice(at, at + length);
          // A phrase ends at punctuation inside it: `phủ, và` is no phrase.
          if (phrase.slice(0, -1).some((inner) => PUNCTUATION_END.test(inner)) || !core(phrase.at(-1)!)) break;
          const key = phraseKey(phrase);
          const written = phrase.map(core).join(' ');
          const counts = casings.get(key) ?? new Map<string, number>();
          counts.set(written, (counts.get(written) ?? 0) + 1);
          casings.set(key, counts);
        }
      });
    }
  }
  return casings;
}
