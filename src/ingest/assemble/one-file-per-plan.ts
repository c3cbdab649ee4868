import { extname } from 'node:path';
import type { ParsedDocument } from '../model/parsed-document.ts';

/**
 * Which file of a plan to read when an office's folder holds it twice, as
 * Word and as PDF (or as text): the one whose structure is explicit. Word's
 * numbers and tables are in its XML; a text's are typed; a PDF's are rebuilt
 * from where the words stand.
 */
const PREFERENCE = ['.docx', '.txt', '.md', '.pdf'];
const WHY = 'a Word file’s numbering and tables are explicit, a text’s typed, a PDF’s rebuilt from where its words stand';

/**
 * One document per plan: files of different formats with the same number and
 * date are one plan, read from the preferred file; the others are set aside,
 * and the kept one's log says which was read and why. Files of one format
 * that say the same are left to the duplicate-id check.
 */
export function oneFilePerPlan(documents: ParsedDocument[]): { kept: ParsedDocument[]; setAside: ParsedDocument[] } {
  const groups = new Map<string, ParsedDocument[]>();
  for (const document of documents) {
    const { number, date } = document.facts;
    if (!number || !date || document.retainedAs) continue;
    const key = `${number}|${date}`;
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  const setAside = new Set<ParsedDocument>();
  for (const group of groups.values()) {
    const formats = new Set(group.map((document) => formatOf(document)));
    if (group.length < 2 || formats.size < 2) continue;
    const [chosen, ...others] = [...group].sort((a, b) => rank(a) - rank(b));
    for (const other of others) {
      if (formatOf(other) === formatOf(chosen!)) continue;
      setAside.add(other);
      chosen!.log.warn(
        `Read ${chosen!.source.path}, not ${other.source.path}: the same plan (${chosen!.facts.number}, ${chosen!.facts.date}) in two files; ${WHY}`,
        1,
        'assemble:same-plan',
      );
      chosen!.parsedMessages = chosen!.log.messages.length;
    }
  }
  return { kept: documents.filter((document) => !setAside.has(document)), setAside: [...setAside] };
}

function formatOf(document: ParsedDocument): string {
  return extname(document.source.path).toLowerCase();
}

function rank(document: ParsedDocument): number {
  const at = PREFERENCE.indexOf(formatOf(document));
  return at === -1 ? PREFERENCE.length : at;
}
