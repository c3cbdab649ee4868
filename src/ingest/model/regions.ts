import type { Block } from './outline.ts';
import type { DocumentKind, PortalCard } from '../../schema/index.ts';

/** The parts of an administrative document, in source order. */
export interface Regions {
  /** Lines before the kind line: number (Số: …), place and date, issuing bodies. */
  header: Block[];
  /** A decision that issues the plan (`QUYẾT ĐỊNH` … `Điều 1. Ban hành kèm theo…`), with its own closing. */
  issuing: IssuingDecision | null;
  /** The block holding the kind line (`KẾ HOẠCH`) and the title lines after it. */
  titleBlocks: Block[];
  kind: DocumentKind | null;
  /** Title lines after the kind line. */
  titleLines: string[];
  /** Preamble and numbered body. */
  body: Block[];
  /** Recipients (Nơi nhận) and signature. */
  closing: Block[];
  /** What follows the signature: annexes (`PHỤ LỤC II`), each with its heading, and stray notes before them. */
  annexes: Annex[];
  /** The legal portal's text around a copy taken from its page, if any. */
  portal: PortalFrame | null;
}

export interface IssuingDecision {
  titleBlocks: Block[];
  titleLines: string[];
  kind: DocumentKind;
  body: Block[];
  closing: Block[];
}

export interface Annex {
  /** The `PHỤ LỤC …` block; null for what stands between the signature and the first annex. */
  heading: Block | null;
  blocks: Block[];
}

/** Text around a document that is not its own: the page of a legal portal it was copied from. */
export interface PortalFrame {
  before: Block[];
  after: Block[];
  card: PortalCard;
}
