import type { VersionEntry } from '../../schema/index.ts';
import type { NodeRole, OutlineNode } from './outline.ts';
import type { MessageLog } from '../messages.ts';
import type { SourceText } from './source-text.ts';
import type { Regions } from './regions.ts';
import type { CitationDraft, DocumentFactsDraft, ResponsibilityDraft, TargetDraft, TaskDraft } from './drafts.ts';

/** One seed read, segmented and extracted; nothing resolved across documents yet. */
export interface ParsedDocument {
  source: SourceText;
  log: MessageLog;
  regions: Regions;
  root: OutlineNode;
  /** The articles of a decision that issues the plan, outlined on their own (they hold no tasks). */
  issuing: OutlineNode | null;
  facts: DocumentFactsDraft;
  tasks: TaskDraft[];
  responsibilities: ResponsibilityDraft[];
  targets: TargetDraft[];
  /** The documents it cites, read as its errata correct them; `citationErrata` names (by their text) the errata that did. */
  citations: CitationDraft[];
  citationErrata: string[];
  /** What each node the extraction read is on the page: a task, a lead or timeframe line, a responsibility. */
  roles: Map<OutlineNode, NodeRole>;
  /** How many messages the log held when parsing ended (what assembling adds comes after). */
  parsedMessages: number;
  /** For a published document whose seed is gone, read back from its last archived text: the id it keeps. */
  retainedAs?: string;
}

/** A file that could not be read as a document: only what was said about it. */
export interface UnreadDocument {
  log: MessageLog;
}

export function isParsed(result: ParsedDocument | UnreadDocument): result is ParsedDocument {
  return 'root' in result;
}

/** A text data/versions.json archived for a document, read as any seed; the current one is the document itself. */
export interface ParsedVersion {
  entry: VersionEntry;
  parsed: ParsedDocument;
  current: boolean;
}
