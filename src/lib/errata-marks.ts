import type { Erratum } from '../schema/index.ts';

/** Where a reviewed correction applies in one text. */
export interface ErratumMark {
  start: number;
  end: number;
  read: string;
  erratum: Erratum;
}

/** The errata written for a source: those naming its SHA-256. */
export function errataFor(errata: Erratum[], sha256: string): Erratum[] {
  return errata.filter((erratum) => erratum.sources.some((prefix) => sha256.startsWith(prefix)));
}

/** Every place in `text` where an erratum matches, leftmost and longest first, never overlapping. */
export function findErrata(text: string, errata: Erratum[]): ErratumMark[] {
  const marks: ErratumMark[] = [];
  for (const erratum of errata) {
    for (let at = text.indexOf(erratum.text); at !== -1; at = text.indexOf(erratum.text, at + erratum.text.length)) {
      marks.push({ start: at, end: at + erratum.text.length, read: erratum.read, erratum });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks.filter((mark, index) => index === 0 || mark.start >= marks[index - 1]!.end);
}

/** The text as it should read, with every mark replaced. */
export function applyErrata(text: string, marks: ErratumMark[]): string {
  let reading = '';
  let cursor = 0;
  for (const mark of marks) {
    reading += text.slice(cursor, mark.start) + mark.read;
    cursor = mark.end;
  }
  return reading + text.slice(cursor);
}

/** Texts read as some errata correct them, and which of those errata did correct something. */
export interface ErrataReading {
  /** The text as the errata correct it; undefined when none applies. */
  read: (text: string) => string | undefined;
  used: Set<Erratum>;
}

export function errataReading(errata: Erratum[]): ErrataReading {
  const used = new Set<Erratum>();
  return {
    used,
    read: (text) => {
      const marks = findErrata(text, errata);
      marks.forEach((mark) => used.add(mark.erratum));
      return marks.length > 0 ? applyErrata(text, marks) : undefined;
    },
  };
}
