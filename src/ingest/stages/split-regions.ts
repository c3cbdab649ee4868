import type { Block } from '../model.ts';
import type { DocumentKind } from '../../schema/index.ts';
import type { MessageLog } from '../messages.ts';
import { RECIPIENTS_LABEL, SIGNATURE_CAPACITY } from '../patterns/document-header.ts';
import { ROMAN_NUMBERING, ARABIC_NUMBERING } from '../patterns/numbering.ts';

/** The parts of an administrative document, in source order. */
export interface Regions {
  /** Lines before the kind line: number (Số: …), place and date, issuing bodies. */
  header: Block[];
  /** The block holding the kind line (`KẾ HOẠCH`) and the title lines after it. */
  titleBlocks: Block[];
  kind: DocumentKind | null;
  /** Title lines after the kind line. */
  titleLines: string[];
  /** Preamble and numbered body. */
  body: Block[];
  /** Recipients (Nơi nhận) and signature, at the end. */
  closing: Block[];
}

/** How far into a document its kind line may be looked for. */
const KIND_LINE_HORIZON = 12;

export function splitRegions(blocks: Block[], kinds: DocumentKind[], log: MessageLog): Regions {
  const kindIndex = findKindLine(blocks, kinds);
  const closingIndex = findClosing(blocks, Math.max(kindIndex, 0));
  const closing = blocks.slice(closingIndex);
  if (kindIndex === -1) {
    log.warn(
      'Unexpected document without a kind line, expected a line such as `KẾ HOẠCH` before the title',
      blocks[0]?.start ?? 1,
      'segment:kind-line',
    );
    return { header: [], titleBlocks: [], kind: null, titleLines: [], body: blocks.slice(0, closingIndex), closing };
  }
  const kindBlock = blocks[kindIndex]!;
  const kind = kindOf(kindBlock.lines[0]!, kinds)!;
  const titleBlocks = [kindBlock];
  let titleLines = kindBlock.lines.slice(1);
  let next = kindIndex + 1;
  if (titleLines.length === 0 && next < closingIndex && isTitleCandidate(blocks[next]!)) {
    titleLines = blocks[next]!.lines;
    titleBlocks.push(blocks[next]!);
    next++;
  }
  // A rule under the title (`-----`) belongs to the title block.
  while (next < closingIndex && blocks[next]!.kind === 'rule') titleBlocks.push(blocks[next++]!);
  return {
    header: blocks.slice(0, kindIndex),
    titleBlocks,
    kind,
    titleLines,
    body: blocks.slice(next, closingIndex),
    closing,
  };
}

function findKindLine(blocks: Block[], kinds: DocumentKind[]): number {
  const horizon = Math.min(blocks.length, KIND_LINE_HORIZON);
  for (let index = 0; index < horizon; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    if (ROMAN_NUMBERING.test(block.text) || ARABIC_NUMBERING.test(block.text)) return -1;
    if (kindOf(block.lines[0] ?? '', kinds)) return index;
  }
  return -1;
}

function kindOf(line: string, kinds: DocumentKind[]): DocumentKind | null {
  const heading = line.replace(/[*#:.\s]+$/u, '').trim();
  return kinds.find((kind) => kind.heading === heading) ?? null;
}

function isTitleCandidate(block: Block): boolean {
  return (block.kind === 'paragraph' || block.kind === 'heading') && !ROMAN_NUMBERING.test(block.text);
}

function findClosing(blocks: Block[], from: number): number {
  for (let index = from + 1; index < blocks.length; index++) {
    const first = blocks[index]!.lines[0] ?? '';
    if (RECIPIENTS_LABEL.test(first) || SIGNATURE_CAPACITY.test(first)) return index;
  }
  return blocks.length;
}
