import type { NodeRole, OutlineNode, PartKind } from '../../model/outline.ts';
import type { ReferenceData } from '../../reference-data.ts';
import type { Timeframe } from '../../../schema/index.ts';
import type { TaskDraft } from '../../model/drafts.ts';

/**
 * The shape every task rule has: a block of the outline and its context in,
 * an effect out. `TASK_RULES` (rules/index.ts) lists them in the order they apply. A rule
 * reads and returns; the extractor alone applies what it returns.
 */

/** What the items above and before a block say of it. */
export interface Scope {
  part: PartKind;
  /** Agencies that lead the items here, from a heading or a lead line above them. */
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
  /** A lead-in the items complete (`…, cụ thể như sau:`). */
  context: string | null;
  /** The top-level item of the part (a task group). */
  group: OutlineNode | null;
  /** The items are one agency's duties (a heading, run-in label or `Giao … sau:` named it). */
  agencyBlock: boolean;
}

export interface RuleInput {
  node: OutlineNode;
  scope: Scope;
  /** The node's siblings, the node among them at `index`. */
  siblings: OutlineNode[];
  index: number;
  data: ReferenceData;
}

export type Effect =
  /**
   * Tasks read from the block; `roles` says what the other nodes it read are on the page. Tasks `settled`
   * by lines of their own (a table row, a field block) take nothing from a line after them. `shownAsItems` are
   * nodes the outline took for headings that the page shows as items (a task with its fields under it).
   */
  | { kind: 'tasks'; tasks: TaskDraft[]; roles?: Array<[OutlineNode, NodeRole]>; settled?: boolean; shownAsItems?: OutlineNode[] }
  /** A container: its children are read under this scope (and the block may be a task itself). */
  | { kind: 'descend'; scope: Partial<Scope>; task?: TaskDraft; role?: NodeRole }
  /**
   * A line that says who or when for the tasks before it in its container that lack it, else (or, `after`, only) for
   * those after it; `covers` are the lines after it read with it (a run of field lines), not read again.
   */
  | { kind: 'scope'; scope: Partial<Pick<Scope, 'lead' | 'support' | 'timeframe' | 'agencyBlock'>>; role: NodeRole; after?: boolean; covers?: Array<[OutlineNode, NodeRole]> }
  /** Nothing to read here; `warning` says why a reader might have expected something. */
  | { kind: 'skip'; role?: NodeRole; warning?: string };

export interface TaskRule {
  /** Also the name of the rule's fixture, where it has one. */
  name: string;
  read(input: RuleInput): Effect | null;
}
