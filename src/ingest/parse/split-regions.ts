import type { Block } from '../model/outline.ts';
import type { DocumentKind, PortalText } from '../../schema/index.ts';
import { splitPortal } from './split-portal.ts';
import type { Annex, Regions } from '../model/regions.ts';
import type { MessageLog } from '../messages.ts';
import {
  ANNEX_HEADING,
  CAPACITY_TITLE,
  PERSON_NAME,
  RECIPIENTS_LABEL,
  SIGNATURE_CAPACITY,
  SIGNED_MARK,
} from '../patterns/document-header.ts';
import { ROMAN_NUMBERING, ARABIC_NUMBERING } from '../patterns/numbering.ts';
import { COLON_END } from '../patterns/text.ts';
import { DECORATED_END } from '../patterns/lines.ts';

/** Documents of this kind may issue the plan that follows their signature (`QĐ`: Quyết định). */
const ISSUING_KIND_CODE = 'QĐ';

/** How far into a document (or past an issuing decision) its kind line may be looked for. */
const KIND_LINE_HORIZON = 12;

export function splitRegions(all: Block[], kinds: DocumentKind[], portalText: PortalText, log: MessageLog): Regions {
  const framed = splitPortal(all, portalText, (block) => (block.kind === 'paragraph' || block.kind === 'heading') && kindOf(block.lines[0] ?? '', kinds) !== null);
  const portal = framed?.frame ?? null;
  const blocks = framed?.blocks ?? all;
  const kindIndex = findKindLine(blocks, 0, kinds);
  if (kindIndex === -1) {
    log.warn(
      'Unexpected document without a kind line, expected a line such as `KẾ HOẠCH` before the title',
      blocks[0]?.start ?? 1,
      'segment:kind-line',
    );
    const { body, closing, annexes } = splitClosing(blocks, 0);
    return { header: [], issuing: null, titleBlocks: [], kind: null, titleLines: [], body, closing, annexes, portal };
  }
  const header = blocks.slice(0, kindIndex);
  const first = readTitled(blocks, kindIndex, kinds);
  const split = splitClosing(blocks, first.next);
  // A decision whose signature is followed by the plan it issues: the plan is the document.
  const issues = first.kind.code === ISSUING_KIND_CODE && split.closing.length > 0;
  const planIndex = issues ? findKindLine(blocks, split.afterClosing, kinds) : -1;
  if (planIndex !== -1) {
    const plan = readTitled(blocks, planIndex, kinds);
    const rest = splitClosing(blocks, plan.next);
    return {
      header,
      issuing: { titleBlocks: first.titleBlocks, titleLines: first.titleLines, kind: first.kind, body: split.body, closing: split.closing },
      titleBlocks: [...blocks.slice(split.afterClosing, planIndex), ...plan.titleBlocks],
      kind: plan.kind,
      titleLines: plan.titleLines,
      body: rest.body,
      closing: rest.closing,
      annexes: rest.annexes,
      portal,
    };
  }
  return { header, issuing: null, ...first, body: split.body, closing: split.closing, annexes: split.annexes, portal };
}

/** The kind line at `index` and the title lines under it. */
function readTitled(blocks: Block[], index: number, kinds: DocumentKind[]) {
  const kindBlock = blocks[index]!;
  const kind = kindOf(kindBlock.lines[0]!, kinds)!;
  const titleBlocks = [kindBlock];
  let titleLines = kindBlock.lines.slice(1);
  let next = index + 1;
  if (titleLines.length === 0 && next < blocks.length && isTitleCandidate(blocks[next]!)) {
    titleLines = blocks[next]!.lines;
    titleBlocks.push(blocks[next]!);
    next++;
  }
  // A rule under the title (`-----`) belongs to the title block.
  while (next < blocks.length && blocks[next]!.kind === 'rule') titleBlocks.push(blocks[next++]!);
  return { titleBlocks, kind, titleLines, next };
}

function findKindLine(blocks: Block[], from: number, kinds: DocumentKind[]): number {
  const horizon = Math.min(blocks.length, from + KIND_LINE_HORIZON);
  for (let index = from; index < horizon; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    if (ROMAN_NUMBERING.test(block.text) || ARABIC_NUMBERING.test(block.text)) return -1;
    if (kindOf(block.lines[0] ?? '', kinds)) return index;
  }
  return -1;
}

function kindOf(line: string, kinds: DocumentKind[]): DocumentKind | null {
  const heading = line.replace(DECORATED_END, '').trim();
  return kinds.find((kind) => kind.heading === heading) ?? null;
}

function isTitleCandidate(block: Block): boolean {
  return (block.kind === 'paragraph' || block.kind === 'heading') && !ROMAN_NUMBERING.test(block.text);
}

/**
 * From `from` on: the body, then the closing (recipients and signature, in
 * either order, up to the signer's name), then what follows it, cut into
 * annexes at each `PHỤ LỤC` heading.
 */
function splitClosing(blocks: Block[], from: number) {
  let start = from;
  while (start < blocks.length && !opensClosing(blocks[start]!) && !isAnnexHeading(blocks[start]!)) start++;
  let end = start;
  let signed = false;
  while (end < blocks.length && !isAnnexHeading(blocks[end]!)) {
    const block = blocks[end]!;
    const first = block.lines[0] ?? '';
    if (SIGNATURE_CAPACITY.test(first)) signed = signed || hasSignerName(block);
    else if (RECIPIENTS_LABEL.test(first) || block.kind === 'item' || block.kind === 'rule') {
      // Recipients, before or after the signature.
    } else if (isSignatureLine(block) && end > start) signed = signed || hasSignerName(block);
    else if (COLON_END.test(block.text) && !signed && end > start) {
      // A sub-label of the recipients: `Gửi bản điện tử:`.
    } else break;
    end++;
    if (signed && !RECIPIENTS_LABEL.test(blocks[end]?.lines[0] ?? '') && blocks[end]?.kind !== 'item') break;
  }
  return { body: blocks.slice(from, start), closing: blocks.slice(start, end), afterClosing: end, annexes: annexesOf(blocks.slice(end)) };
}

function opensClosing(block: Block): boolean {
  const first = block.lines[0] ?? '';
  return RECIPIENTS_LABEL.test(first) || SIGNATURE_CAPACITY.test(first);
}

/** A block of capacity titles and a name: `PHÓ CHỦ TỊCH` / `Nguyễn Lộc Hà`. */
function isSignatureLine(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.lines.length > 0 &&
    block.lines.every((line) => CAPACITY_TITLE.test(line) || PERSON_NAME.test(line) || SIGNED_MARK.test(line))
  );
}

function hasSignerName(block: Block): boolean {
  return block.lines.some((line, index) => (index > 0 || !SIGNATURE_CAPACITY.test(line)) && PERSON_NAME.test(line) && !CAPACITY_TITLE.test(line));
}

function annexesOf(trailing: Block[]): Annex[] {
  const annexes: Annex[] = [];
  for (const block of trailing) {
    if (isAnnexHeading(block)) {
      annexes.push({ heading: block, blocks: [] });
    } else if (annexes.length === 0) annexes.push({ heading: null, blocks: [block] });
    else annexes.at(-1)!.blocks.push(block);
  }
  return annexes;
}

/** `PHỤ LỤC II` in capitals, or a short emphasised `Phụ lục 2`: never a sentence that mentions an annex. */
function isAnnexHeading(block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  const match = ANNEX_HEADING.exec(block.text);
  return match !== null && (match.groups!.label === 'PHỤ LỤC' || (block.emphasized && block.text.length <= ANNEX_HEADING_MAX_LENGTH));
}

const ANNEX_HEADING_MAX_LENGTH = 100;
