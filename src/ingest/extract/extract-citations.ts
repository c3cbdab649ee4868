import type { OutlineNode } from '../model/outline.ts';
import type { CitationDraft } from '../model/drafts.ts';
import {
  CITED_DATE_AFTER,
  CITED_ISSUER_AFTER,
  CITED_KIND_BEFORE,
  CITED_LONG_DATE_AFTER,
  CITED_TITLE_AFTER,
  DOCUMENT_KIND_WORDS,
  DOCUMENT_NUMBER,
  IMPLEMENTS_LINK,
  KIND_BY_CODE,
  KIND_CODE,
  CLAUSE_BREAK,
} from '../patterns/citations.ts';

/** Longest gap between a citation and the one it is said to implement. */
const IMPLEMENTS_GAP = 200;

/**
 * Every document number the title and the outline cite, with what the citing
 * words say of it, read as the errata correct them (`reading`).
 */
export function extractCitations(subject: string, root: OutlineNode, reading: (text: string) => string | undefined): CitationDraft[] {
  return citationsIn(citingPassages(subject, root).map((passage) => ({ ...passage, text: reading(passage.text) ?? passage.text })));
}

/** Every cited document number in some passages, with what the citing words say of it. */
function citationsIn(passages: CitingPassage[]): CitationDraft[] {
  const citations: CitationDraft[] = [];
  for (const passage of passages) {
    const matches = [...passage.text.matchAll(DOCUMENT_NUMBER)];
    matches.forEach((match, index) => {
      const number = match[0];
      const before = passage.text.slice(0, match.index);
      const after = passage.text.slice(match.index + number.length);
      const next = matches[index + 1];
      const citation: CitationDraft = {
        number,
        node: passage.node,
        sentence: sentenceAround(passage.text, match.index),
        kind: CITED_KIND_BEFORE.exec(before)?.groups!.kind ?? kindFromCode(number),
      };
      const dateMatch = CITED_DATE_AFTER.exec(after) ?? CITED_LONG_DATE_AFTER.exec(after);
      let rest = after;
      if (dateMatch) {
        const { day, month, year } = dateMatch.groups!;
        citation.date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
        rest = rest.slice(dateMatch[0].length);
      }
      const issuer = CITED_ISSUER_AFTER.exec(rest);
      if (issuer) {
        citation.issuer = issuer.groups!.issuer!.trim();
        rest = rest.slice(issuer[0].length);
      }
      const title = CITED_TITLE_AFTER.exec(rest);
      const titleText = title?.groups!.plain ?? title?.groups!.quoted;
      if (titleText && !DOCUMENT_NUMBER.test(titleText)) citation.title = titleText.trim();
      DOCUMENT_NUMBER.lastIndex = 0;
      if (next) {
        const gap = passage.text.slice(match.index + number.length, next.index);
        const linked = gap.length <= IMPLEMENTS_GAP && !CLAUSE_BREAK.test(gap) && IMPLEMENTS_LINK.test(gap);
        if (linked && next[0] !== number && !namesAnotherDocument(gap)) {
          citation.implements = next[0];
        }
      }
      citations.push(citation);
    });
  }
  return citations;
}

/** A passage that may cite: a node's words, or the title's (no node). */
interface CitingPassage {
  node: OutlineNode | null;
  text: string;
}

/** Every passage of a document that may cite: the title, then each node's paragraphs. */
function citingPassages(title: string, root: OutlineNode): CitingPassage[] {
  const passages: CitingPassage[] = [{ node: null, text: title }];
  const visit = (node: OutlineNode) => {
    if (node.kind === 'row') passages.push({ node, text: (node.cells ?? []).join(' ') });
    else if (node.kind !== 'rule') {
      passages.push({ node, text: [node.text, ...node.blocks.slice(1).map((block) => block.text)].join(' ') });
    }
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return passages;
}

/**
 * `…71-NQ/TW, Kế hoạch của Tỉnh ủy thực hiện Nghị quyết số …`: the one that
 * implements is the uncited plan in between, not the number before it.
 * (`… về việc ban hành Chương trình hành động … thực hiện …` is the cited one's own content.)
 */
function namesAnotherDocument(gap: string): boolean {
  return ANOTHER_DOCUMENT.test(gap.replace(CITED_KIND_BEFORE, ''));
}

/** A kind word that opens a new item of a list (`, Kế hoạch …`, `và Chương trình …`). */
const ANOTHER_DOCUMENT = new RegExp(`(?:,|\\svà)\\s+(?:${DOCUMENT_KIND_WORDS.join('|')})(?!\\p{L})`, 'u');

function kindFromCode(number: string): string {
  const code = KIND_CODE.exec(number)?.[1] ?? '';
  return KIND_BY_CODE[code] ?? 'Văn bản';
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('; ', index) + 1, 0);
  const endCandidates = [text.indexOf('. ', index), text.indexOf('; ', index)].filter((position) => position !== -1);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) + 1 : text.length;
  return text.slice(start, end).trim();
}
