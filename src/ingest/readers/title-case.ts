import type { Province } from '../../schema/index.ts';

/** Verbs a plan's subject line opens with, lowered after the kind: `Kế hoạch triển khai …`. */
const SUBJECT_VERBS = ['thực hiện', 'triển khai', 'tuyên truyền', 'tổ chức', 'về ', 'phát triển', 'nâng cao', 'xây dựng'];

/**
 * A title printed in capitals, in the casing the document itself uses: the
 * same words written in mixed case elsewhere in the text win; otherwise the
 * title is put in sentence case with codes and province names kept.
 */
export function recaseTitle(title: string, bodyTexts: string[], provinces: Province[]): string {
  if (title !== title.toUpperCase()) return title;
  const wanted = title.toLowerCase();
  for (const text of bodyTexts) {
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      const written = text.slice(at, at + title.length);
      // The same words in capitals again (a heading, a signature) say nothing of their casing.
      if (written !== written.toUpperCase()) return written;
    }
  }
  let sentence = title
    .split(/(\s+)/u)
    .map((word) => (/\d|\//u.test(word) ? word : word.toLowerCase()))
    .join('');
  sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  for (const province of provinces) {
    sentence = sentence.replaceAll(province.name.toLowerCase(), province.name);
  }
  return sentence;
}

/**
 * `Thực hiện Kế hoạch số 43…` after a kind reads `Kế hoạch thực hiện Kế hoạch số 43…`:
 * the first word is lowered when the document writes it in lower case too, and
 * kept when it names a document (`Kế hoạch số …`).
 */
export function subjectAfterKind(subject: string, bodyText: string): string {
  const firstTwo = /^(\p{Lu}\p{Ll}*\s+\p{L}+)(\s+số(?=\s|$))?/u.exec(subject);
  if (!firstTwo || firstTwo[2]) return subject;
  const lowered = firstTwo[1]!.charAt(0).toLowerCase() + firstTwo[1]!.slice(1);
  const isVerb = SUBJECT_VERBS.some((verb) => lowered.startsWith(verb));
  return isVerb || bodyText.includes(lowered) ? lowered + subject.slice(firstTwo[1]!.length) : subject;
}
