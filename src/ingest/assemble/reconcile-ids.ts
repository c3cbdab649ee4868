import type { OutlineNode } from '../model/outline.ts';
import { quote, type MessageLog } from '../messages.ts';
import type { IdDecision, LockedItem } from '../../schema/index.ts';
import { nodeText } from '../model/outline-tree.ts';
import { NOT_A_WORD } from '../patterns/text.ts';

/** What an amended text did to the ids published before. */
export interface Reconciliation {
  /** Locked items this text no longer has, with their last wording and the section they stood in. */
  removed: Array<LockedItem & { section: string | null }>;
  /** Final id → the wording published before, for items kept under their id with new words. */
  amended: Map<string, string[]>;
  /** One line per change, for the report. */
  changes: string[];
}

/** The two lists being matched, and the pairs found so far. */
interface Matching {
  nodes: OutlineNode[];
  locked: LockedItem[];
  words: Map<OutlineNode, string[]>;
  lockedWords: string[][];
  /** Node → index of the locked item it keeps. */
  match: Map<OutlineNode, number>;
  matched: Set<number>;
  /** Locked items two new ones read equally close to: reported, left to a person. */
  undecided: Set<number>;
  pair: (node: OutlineNode, index: number) => void;
}

/** Two wordings of one item: a word or two changed. */
const SAME_ITEM = 0.6;
/** An item found elsewhere than where it stood: nearly the same words. */
const MOVED_ITEM = 0.8;

/**
 * Bind ids to what they name, not to where it stands. The ids of a new text
 * are first the positions of its numbering (`ii-2-y3`); the locked items of
 * the same document (data/id-lock.json: every id once published, with its
 * wording) are aligned with them by content, in order, then for moves
 * anywhere. An item that matches keeps its published id; an inserted item
 * never takes a published id, it is numbered after the item before it
 * (`ii-2-y2a`, as legislation numbers an inserted article); a locked item
 * with no match is removed and keeps its anchor as a tombstone. Descendants
 * of a renamed item are renamed with it.
 */
export function reconcileIds(
  roots: OutlineNode[],
  locked: LockedItem[],
  decisions: IdDecision[],
  log: MessageLog,
): Reconciliation {
  const result: Reconciliation = { removed: [], amended: new Map(), changes: [] };
  if (locked.length === 0) return result;
  const nodes = roots.flatMap(preOrder);
  const words = new Map(nodes.map((node) => [node, tokens(textOf(node))]));
  const lockedWords = locked.map((item) => tokens(item.text));
  const match = new Map<OutlineNode, number>();
  const matched = new Set<number>();
  const pair = (node: OutlineNode, index: number) => {
    match.set(node, index);
    matched.add(index);
  };
  const matching: Matching = { nodes, locked, words, lockedWords, match, matched, undecided: new Set(), pair };

  // Reviewed decisions first, then what did not change at all.
  for (const decision of decisions) {
    const index = locked.findIndex((item) => item.id === decision.id);
    const node = nodes.find((candidate) => candidate.start === decision.line && !match.has(candidate));
    if (index !== -1 && node && !matched.has(index)) pair(node, index);
    else unappliedDecision(decision, index !== -1, log);
  }
  const lockedIndex = new Map(locked.map((item, index) => [item.id, index]));
  for (const node of nodes) {
    const index = lockedIndex.get(node.id);
    if (index !== undefined && !matched.has(index) && !match.has(node) && same(words.get(node)!, lockedWords[index]!)) pair(node, index);
  }
  pairUnchangedWords(matching);
  alignGaps(matching, log);
  findMoves(matching, log);

  assignIds(roots, locked, match, result);
  const finalIds = new Set(nodes.map((node) => node.id));
  locked.forEach((item, index) => {
    if (matched.has(index)) return;
    result.removed.push({ ...item, section: nearestSection(item.id, finalIds) });
    result.changes.push(`removed \`${item.id}\` ${quote(item.text, 50)}: its anchor stays as a tombstone`);
  });
  for (const [node, index] of match) {
    const item = locked[index]!;
    if (same(words.get(node)!, lockedWords[index]!)) {
      if (item.earlier?.length) result.amended.set(node.id, item.earlier);
      continue;
    }
    result.amended.set(node.id, [...(item.earlier ?? []), item.text]);
    result.changes.push(`reworded \`${node.id}\` (line ${node.start})`);
  }
  return result;
}

function preOrder(root: OutlineNode): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    if (node.kind !== 'rule' && node.kind !== 'table') nodes.push(node);
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return nodes;
}

/** The words a node shows, as its passage records them. */
function textOf(node: OutlineNode): string {
  if (node.kind === 'row') return (node.cells ?? []).filter(Boolean).join(' ');
  return node.heading ? node.text : nodeText(node);
}

function tokens(text: string): string[] {
  return text.toLowerCase().normalize('NFC').split(NOT_A_WORD).filter(Boolean);
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** Dice coefficient of the two word multisets: 1 for the same words, 0 for none in common. */
function similarity(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common++;
      counts.set(word, count - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * An item whose words did not change keeps its id wherever it now stands
 * (under a part renamed, or moved): paired when those words are left on one
 * unpaired item only, and named by one published id only. Words found twice
 * are left to the alignment in order.
 */
function pairUnchangedWords({ nodes, locked, words, lockedWords, match, matched, pair }: Matching): void {
  const key = (list: string[]) => list.join(' ');
  const count = (keys: string[]) => keys.reduce((counts, each) => counts.set(each, (counts.get(each) ?? 0) + 1), new Map<string, number>());
  const free = nodes.filter((node) => !match.has(node));
  const nodeCounts = count(free.map((node) => key(words.get(node)!)));
  const lockedCounts = count(locked.flatMap((_, index) => (matched.has(index) ? [] : [key(lockedWords[index]!)])));
  const byWords = new Map(free.map((node) => [key(words.get(node)!), node]));
  locked.forEach((_, index) => {
    const text = key(lockedWords[index]!);
    if (matched.has(index) || lockedCounts.get(text) !== 1 || nodeCounts.get(text) !== 1) return;
    pair(byWords.get(text)!, index);
  });
}

/**
 * Between two items that kept their id and words, align what is left of
 * both lists in order (the best sum of similarities, Needleman–Wunsch with
 * free gaps), so that a reworded item keeps its id and an inserted one takes none.
 */
function alignGaps({ nodes, locked, words, lockedWords, match, matched, undecided, pair }: Matching, log: MessageLog): void {
  let nodeStart = 0;
  let lockedStart = 0;
  const anchors = [...nodes.filter((node) => match.has(node)), null];
  for (const anchor of anchors) {
    const nodeEnd = anchor ? nodes.indexOf(anchor) : nodes.length;
    const lockedEnd = anchor ? match.get(anchor)! : locked.length;
    const gapNodes = nodes.slice(nodeStart, nodeEnd).filter((node) => !match.has(node));
    const score = (node: OutlineNode, index: number) => similarity(words.get(node)!, lockedWords[index]!);
    const gapLocked = range(lockedStart, Math.max(lockedStart, lockedEnd)).filter((index) => {
      if (matched.has(index)) return false;
      if (!ambiguous(locked[index]!, gapNodes.map((node) => ({ node, score: score(node, index) })), log)) return true;
      undecided.add(index);
      return false;
    });
    for (const [node, index] of alignInOrder(gapNodes, gapLocked, score)) pair(node, index);
    nodeStart = nodeEnd + 1;
    lockedStart = Math.max(lockedStart, lockedEnd + 1);
  }
}

function alignInOrder(
  nodes: OutlineNode[],
  indexes: number[],
  score: (node: OutlineNode, index: number) => number,
): Array<[OutlineNode, number]> {
  const rows = nodes.length;
  const columns = indexes.length;
  if (rows === 0 || columns === 0) return [];
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const value = score(nodes[i - 1]!, indexes[j - 1]!);
      const diagonal = value >= SAME_ITEM ? best[i - 1]![j - 1]! + value : -Infinity;
      best[i]![j] = Math.max(diagonal, best[i - 1]![j]!, best[i]![j - 1]!);
    }
  }
  const pairs: Array<[OutlineNode, number]> = [];
  for (let i = rows, j = columns; i > 0 && j > 0; ) {
    const value = score(nodes[i - 1]!, indexes[j - 1]!);
    if (value >= SAME_ITEM && best[i]![j] === best[i - 1]![j - 1]! + value) {
      pairs.push([nodes[i - 1]!, indexes[j - 1]!]);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return pairs.reverse();
}

/** A locked item not found in order may have moved: the one unmatched item with nearly its words. */
function findMoves({ nodes, locked, words, lockedWords, match, matched, undecided, pair }: Matching, log: MessageLog): void {
  locked.forEach((item, index) => {
    if (matched.has(index) || undecided.has(index)) return;
    const candidates = nodes
      .filter((node) => !match.has(node))
      .map((node) => ({ node, score: similarity(words.get(node)!, lockedWords[index]!) }))
      .filter((candidate) => candidate.score >= MOVED_ITEM)
      .sort((a, b) => b.score - a.score);
    if (candidates.length === 0 || ambiguous(item, candidates, log)) return;
    pair(candidates[0]!.node, index);
  });
}

/**
 * Two items that read equally close to a published one, and neither the same
 * words: which keeps its id is for a person to decide (data/id-decisions.json).
 * The same words twice are told apart by their order.
 */
function ambiguous(item: LockedItem, scored: Array<{ node: OutlineNode; score: number }>, log: MessageLog): boolean {
  const [first, second] = scored.filter((candidate) => candidate.score >= SAME_ITEM).sort((a, b) => b.score - a.score);
  if (!first || !second || second.score !== first.score || first.score === 1) return false;
  log.fatal(
    `Unexpected two items that read alike for published \`${item.id}\` (lines ${first.node.start} and ${second.node.start}), expected one; record which keeps it: npm run decide-id -- <document> ${item.id} <line>`,
    first.node.start,
    'reconcile:ambiguous',
  );
  return true;
}

/** A reviewed decision the text no longer fits (its seed changed since): said, never silently dropped. */
function unappliedDecision(decision: IdDecision, published: boolean, log: MessageLog): void {
  const why = published ? `goes to the item at line ${decision.line}, but no item starts there` : 'was never published for this document';
  log.warn(`Unexpected decision in data/id-decisions.json: \`${decision.id}\` ${why}; it is not applied`, decision.line, 'reconcile:decision');
}

/**
 * Final ids in document order: a matched item takes its locked id; any other
 * item keeps its position's id unless a published id has it, then it is
 * numbered after the item before it. Descendants follow a renamed parent.
 */
function assignIds(roots: OutlineNode[], locked: LockedItem[], match: Map<OutlineNode, number>, result: Reconciliation): void {
  const published = new Set(locked.map((item) => item.id));
  const used = new Set<string>();
  const visit = (parent: OutlineNode, renamed: [string, string] | null) => {
    let previous: string | null = null;
    for (const node of parent.children) {
      const positional = renamed && node.id.startsWith(`${renamed[0]}-`) ? `${renamed[1]}${node.id.slice(renamed[0].length)}` : node.id;
      const index = match.get(node);
      let final = index === undefined ? positional : locked[index]!.id;
      if (index === undefined && (published.has(final) || used.has(final)) && node.kind !== 'rule' && node.kind !== 'table') {
        const after = previous ?? positional;
        let letter = 0;
        do final = `${after}${String.fromCharCode(97 + letter++)}`;
        while (published.has(final) || used.has(final));
        result.changes.push(`inserted \`${final}\` (line ${node.start})`);
      } else if (index !== undefined && final !== node.id) result.changes.push(`kept \`${final}\` for the item now at line ${node.start}`);
      const own: [string, string] | null = final !== node.id ? [node.id, final] : renamed;
      node.id = final;
      used.add(final);
      if (node.kind !== 'rule') previous = final;
      visit(node, own);
    }
  };
  roots.forEach((root) => visit(root, null));
}

/** The longest prefix of a removed id that still names an item: the section it stood in. */
function nearestSection(id: string, finalIds: Set<string>): string | null {
  const parts = id.split('-');
  for (let length = parts.length - 1; length > 0; length--) {
    const prefix = parts.slice(0, length).join('-');
    if (finalIds.has(prefix)) return prefix;
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}
