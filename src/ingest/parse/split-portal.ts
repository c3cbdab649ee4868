import type { Block } from '../model/outline.ts';
import type { PortalCard, PortalText } from '../../schema/index.ts';
import type { PortalFrame } from '../model/regions.ts';
import { NATIONAL_MOTTO } from '../patterns/flattened-table.ts';
import { CAPACITY_TITLE, DOCUMENT_NUMBER_LINE } from '../patterns/document-header.ts';
import { DOCUMENT_NUMBER } from '../patterns/citations.ts';
import { HEADING_MARKS } from '../patterns/lines.ts';
import { LABEL_COLON } from '../patterns/text.ts';

/** How far into a copy the document's own header (its national motto) may be looked for; a portal's summary may be long. */
const HEADER_HORIZON = 2000;

/** How close after its motto a document's number or kind line stands. */
const MOTTO_TO_TITLE = 16;

/**
 * Cut a copy of a legal portal's page into the portal's text and the
 * document's: the document begins at its own header (the issuing body beside
 * the national motto) and ends before the portal's closing lines (`Văn bản
 * liên quan`, account notices), with a caption that names the document by
 * its number. Returns null for a plain copy, whose header opens it.
 */
export function splitPortal(
  blocks: Block[],
  portal: PortalText,
  isKindLine: (block: Block) => boolean,
): { blocks: Block[]; frame: PortalFrame } | null {
  // The document's own motto: the number or the kind line (`KẾ HOẠCH`) follows it, as no summary's mention of it does.
  const motto = blocks.slice(0, HEADER_HORIZON).findIndex(
    (block, index) => NATIONAL_MOTTO.test(block.text) && blocks.slice(index, index + MOTTO_TO_TITLE).some((next) => DOCUMENT_NUMBER_LINE.test(next.text) || isKindLine(next)),
  );
  if (motto <= 0) return null;
  let start = motto;
  // The issuing body printed over the motto (`THỦ TƯỚNG CHÍNH PHỦ`, a rule under it) is the document's, and so is
  // its number when the header's left column is read before the right one (`SỞ CÔNG THƯƠNG` / `Số: /KH-SCT`, a Word table).
  while (start > 0 && isHeaderLine(blocks[start - 1]!)) start--;
  if (start === 0) return null;
  const document = blocks.slice(start);
  const number = ownNumber(document);
  const end = trailerStart(document, portal, number);
  const before = blocks.slice(0, start);
  return {
    blocks: document.slice(0, end),
    frame: { before, after: document.slice(end), card: readCard(before, portal) },
  };
}

function isHeaderLine(block: Block): boolean {
  return block.kind === 'rule' || (block.kind === 'paragraph' && block.lines.every((line) => CAPACITY_TITLE.test(line) || DOCUMENT_NUMBER_LINE.test(line)));
}

/** The document's number from its own `Số: 2530/QĐ-TTg` line. */
function ownNumber(blocks: Block[]): string | null {
  const line = blocks.slice(0, HEADER_HORIZON).find((block) => DOCUMENT_NUMBER_LINE.test(block.text));
  return line?.text.match(DOCUMENT_NUMBER)?.[0] ?? null;
}

/** Where the portal's closing text begins: its first marker line, with the caption naming the document just before it. */
function trailerStart(blocks: Block[], portal: PortalText, number: string | null): number {
  const marker = blocks.findIndex((block) => portal.trailerMarkers.some((words) => block.text.includes(words)));
  if (marker === -1) return blocks.length;
  let start = marker;
  while (start > 0 && number !== null && blocks[start - 1]!.kind === 'paragraph' && blocks[start - 1]!.text.startsWith(captionOpening(blocks[start - 1]!.text, number))) start--;
  return start;
}

/** `Quyết định 2530/QĐ-TTg năm 2025 phê duyệt…`: a caption opens with a kind word and the number. */
function captionOpening(text: string, number: string): string {
  const at = text.indexOf(number);
  return at > 0 && at < CAPTION_NUMBER_WITHIN ? text.slice(0, at + number.length) : '\u0000';
}

const CAPTION_NUMBER_WITHIN = 40;

/** `Số hiệu:` / `2530/QĐ-TTg`, `Ngày ban hành:` / `19/11/2025`: the card's label and value pairs, masked values left out. */
function readCard(blocks: Block[], portal: PortalText): PortalCard {
  const lines = blocks
    .flatMap((block) => (block.rows ? block.rows.flatMap((row) => row.cellLines?.flat() ?? row.cells) : block.lines))
    .map((line) => line.replace(HEADING_MARKS, '').trim())
    .filter(Boolean);
  const card: PortalCard = {};
  lines.forEach((line, index) => {
    const fact = portal.cardLabels[line.replace(LABEL_COLON, '')];
    const value = lines[index + 1];
    if (fact && value && !portal.maskedValues.includes(value) && !(fact in card)) card[fact] = value;
  });
  return card;
}
