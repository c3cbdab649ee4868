import type { Block, OutlineNode } from './outline.ts';
import type { DocumentFacts, Signature, Target, Timeframe } from '../../schema/index.ts';

/** What extraction reads from one document, before anything is resolved across documents. */

/** What a document says about itself: kind, number, date, place, issuer, signer. */
export interface DocumentFactsDraft {
  kind: string;
  title: string;
  subject: string;
  number: string | null;
  symbol: string | null;
  date: string | null;
  dateRaw: string | null;
  province: string | null;
  /** The city, district or town of a body below the province that issued it (`thành phố Bắc Kạn`). */
  locality: string | null;
  provinceId: string | null;
  national: boolean;
  issuer: string | null;
  implements: string[];
  /** Numbers of the documents it replaces, repeals or amends, as it says or a reviewer declares. */
  replaces: string[];
  repeals: string[];
  amends: string[];
  signature: Signature | null;
  recipients: string[];
  /** Address of the official original, from reviewed data only. */
  original: string | null;
  /** Legal status as reviewed (`Hết hiệu lực từ 01/01/2027`), null when no reviewer said. */
  status: string | null;
  /** What a decision that issues a plan issues. */
  issues: DocumentFacts['issues'];
  /** The legal portal's card, when the copy holds the portal's page. */
  portal: DocumentFacts['portal'];
  /** Header lines read as the number line and the place-date line (their ids). */
  headerRoles: Map<Block, 'number' | 'place-date' | 'other'>;
}

/** A task before agencies and themes are resolved across documents. */
export interface TaskDraft {
  node: OutlineNode;
  path: string;
  /** The numbered item (or table) holding it; its anchor is the task's section. */
  section: OutlineNode;
  position: number;
  /** Top-level item of the task part (the task group), if any. */
  group: OutlineNode | null;
  text: string;
  context: string | null;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
  /** Added by an amendment to the document it amends: where, as an outline path of that document (`III.2.4`), when the instruction says. */
  insertion?: { place: string | null };
}

/** One bullet or paragraph of an agency's block under TỔ CHỨC THỰC HIỆN. */
export interface ResponsibilityDraft {
  node: OutlineNode;
  /** The agencies the block is addressed to, as its heading or opening words name them. */
  agencies: string[];
  /** Who the block is for, as a reader names it: the agencies, or the Front with its organisations as one body. */
  agency: string;
  /** Outline path of the agency's item, e.g. `V.1`. */
  path: string;
  text: string;
}

/** A numeric goal found in one paragraph of a node, with where its words are. */
export interface TargetDraft {
  node: OutlineNode;
  /** Paragraph of the node (0 for its own text, then continuation paragraphs). */
  paragraph: number;
  /** Offsets of `phrase` in that paragraph. */
  start: number;
  end: number;
  clause: string;
  /** The sentence it came from, with its closing punctuation. */
  sentence: string;
  /** The part of the clause about this target, between the commas that part it from its neighbours. */
  segment: string;
  phrase: string;
  comparator: Target['comparator'];
  value: number;
  max?: number;
  unit: string | null;
  year: number | null;
}

/** One citation of a document number in one passage. */
export interface CitationDraft {
  number: string;
  /** The citing node (its id is bound when the document is assembled); null for the title. */
  node: OutlineNode | null;
  /** The citing sentence. */
  sentence: string;
  kind: string;
  date?: string;
  issuer?: string;
  title?: string;
  /** The number this citation says the cited document implements. */
  implements?: string;
}
