import type { CorrectedField, ReadingReview, Review, ReviewScope, TargetCorrection } from '../../schema/index.ts';
import type { NodeRole, OutlineNode } from '../model/outline.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import type { ResponsibilityDraft, TargetDraft, TaskDraft } from '../model/drafts.ts';
import type { CorrectionsFile, Located } from '../model/corrections.ts';
import { nodeText, outlinePath, partTop, sectionOf } from '../model/outline-tree.ts';
import { numberPositions } from '../model/task-positions.ts';
import { readTimeframe } from '../readers/timeframe.ts';
import { SENTENCE_START } from '../patterns/sentences.ts';
import { quote, type MessageLog } from '../messages.ts';
import { wordsHash } from '../../lib/words-hash.ts';

/** A list of a corrections file and what its entries say an item is not (`not-a-task`). */
type List = ReadingReview['corrections'][number]['list'];
type Entry = ReadingReview['corrections'][number];

/** The reading of one document with an editor's corrections: what the record builders read instead of the reader's drafts. */
export interface ReadingCorrections {
  /** The document, its tasks, responsibilities and targets as corrected (the reader's drafts are left as they were). */
  document: ParsedDocument;
  /** What was set of each record, by `<list>:<id>`. */
  fields: Map<string, CorrectedField[]>;
  /** The theme an editor gave a task (null: the fallback theme), by task id. */
  themes: Map<string, string | null>;
  /** Corrections of targets by id, and the targets added: completed once the targets' anchors are bound (correct-targets.ts). */
  targets: { correct: Array<Located<TargetCorrection>>; added: AddedTarget[] };
  /** What the review page lists: each entry, and whether it applied. */
  entries: Entry[];
  reviews: Review[];
  file: string | null;
  /** The log of the corrections file, where stale and wrong entries are said. */
  log: MessageLog | null;
}

/** A target an editor added: its draft, the indicator given (undefined: as the words map), and its entry on the review page. */
export interface AddedTarget {
  draft: TargetDraft;
  indicator: string | null | undefined;
  entry: Entry;
}

/** Whether a person reviewed this part of the reading (`reviewed:` checked it, or all). */
export function reviewedScope(corrections: ReadingCorrections, scope: ReviewScope): boolean {
  return corrections.reviews.some((review) => review.checked.includes('all') || review.checked.includes(scope));
}

/** The fields an editor set of a record. */
export function correctedFields(corrections: ReadingCorrections, list: List, id: string): CorrectedField[] {
  return corrections.fields.get(`${list}:${id}`) ?? [];
}

/**
 * An editor's corrections (data/corrections/<id>.yaml) applied to one
 * document's drafts. An entry applies only to the words it was written for:
 * when the item's words hash otherwise, it is stale (a warning at its line)
 * and not applied; an id the document does not have fails the run. Nothing
 * is taken off the page: an item that is no task keeps its words, unmarked.
 */
export function correctReading(document: ParsedDocument, file: CorrectionsFile | null, log: MessageLog | null): ReadingCorrections {
  const corrections: ReadingCorrections = { document, fields: new Map(), themes: new Map(), targets: { correct: [], added: [] }, entries: [], reviews: file?.reviews ?? [], file: file?.path ?? null, log };
  if (!file || !log) return corrections;
  const nodes = nodesById(document);
  const roles = new Map(document.roles);
  const tasks = correctTasks(document.tasks, file, nodes, roles, corrections, log);
  const responsibilities = correctResponsibilities(document.responsibilities, file, nodes, roles, corrections, log);
  corrections.targets = { correct: file.targets.correct, added: addedTargets(nodes, file, corrections, log) };
  const targets = [...document.targets, ...corrections.targets.added.map((added) => added.draft)];
  corrections.document = { ...document, tasks, responsibilities, targets, roles };
  return corrections;
}

function correctTasks(drafts: TaskDraft[], file: CorrectionsFile, nodes: Map<string, OutlineNode>, roles: Map<OutlineNode, NodeRole>, corrections: ReadingCorrections, log: MessageLog): TaskDraft[] {
  const byId = new Map(drafts.map((task) => [task.node.id, { ...task }]));
  file.tasks.correct.forEach((entry) => {
    const at = `tasks[${entry.index}] (${entry.id})`;
    const node = nodes.get(entry.id);
    if (!node) return missing(at, entry, 'tasks', log, corrections);
    const task = byId.get(entry.id);
    const words = task?.text ?? nodeText(node);
    if (!sameWords(at, entry, words, 'tasks', log, corrections)) return;
    if (!task) {
      const unneeded = entry['not-a-task'] === true;
      if (unneeded) log.warn(`${at}: not read as a task any more; this entry can go`, entry.line, 'corrections:unneeded');
      else log.warn(`${at}: not read as a task, so nothing is set; to make it one, add it by its lines (\`lines: ${node.start}\`)`, entry.line, 'corrections:not-a-task');
      return record(corrections, entry, 'tasks', entry.id, unneeded ? 'unneeded' : 'stale', []);
    }
    if (entry['not-a-task']) {
      byId.delete(entry.id);
      roles.set(task.node, null);
      return record(corrections, entry, 'tasks', entry.id, 'applied', []);
    }
    const fields: CorrectedField[] = [];
    if (entry.lead) (task.lead = entry.lead), fields.push('lead');
    if (entry.support) (task.support = entry.support), fields.push('support');
    if (entry.timeframe !== undefined) (task.timeframe = entry.timeframe === null ? null : readTimeframe(entry.timeframe)), fields.push('timeframe');
    if (entry.theme !== undefined) corrections.themes.set(entry.id, entry.theme), fields.push('theme');
    record(corrections, entry, 'tasks', entry.id, 'applied', fields);
  });
  file.tasks.add.forEach((entry) => {
    const items = newItems(entry, 'tasks', nodes, byId, log, corrections);
    if (!items) return;
    const [node] = items;
    const context = node.parent && node.parent.parent ? nodeText(node.parent) : '';
    byId.set(node.id, {
      node,
      path: outlinePath(node),
      section: sectionOf(node),
      position: 0,
      group: groupOf(node),
      text: wordsOfItems(items),
      context: context.trimEnd().endsWith(':') ? context : null,
      lead: entry.lead,
      support: entry.support,
      timeframe: entry.timeframe === null ? null : readTimeframe(entry.timeframe),
    });
    roles.set(node, 'task');
    if (entry.theme !== undefined) corrections.themes.set(node.id, entry.theme);
    record(corrections, entry, 'tasks', node.id, 'applied', ['added']);
  });
  const tasks = [...byId.values()].sort((a, b) => a.node.start - b.node.start);
  numberPositions(tasks);
  return tasks;
}

function correctResponsibilities(
  drafts: ResponsibilityDraft[],
  file: CorrectionsFile,
  nodes: Map<string, OutlineNode>,
  roles: Map<OutlineNode, NodeRole>,
  corrections: ReadingCorrections,
  log: MessageLog,
): ResponsibilityDraft[] {
  const byId = new Map(drafts.map((draft) => [draft.node.id, { ...draft }]));
  file.responsibilities.correct.forEach((entry) => {
    const at = `responsibilities[${entry.index}] (${entry.id})`;
    const node = nodes.get(entry.id);
    if (!node) return missing(at, entry, 'responsibilities', log, corrections);
    const draft = byId.get(entry.id);
    if (!sameWords(at, entry, draft?.text ?? nodeText(node), 'responsibilities', log, corrections)) return;
    if (!draft) {
      log.warn(`${at}: not read as a responsibility; to make it one, add it by its lines (\`lines: ${node.start}\`)`, entry.line, 'corrections:not-a-responsibility');
      return record(corrections, entry, 'responsibilities', entry.id, entry['not-a-responsibility'] ? 'unneeded' : 'stale', []);
    }
    if (entry['not-a-responsibility']) {
      byId.delete(entry.id);
      if (roles.get(draft.node) === 'responsibility') roles.set(draft.node, null);
      return record(corrections, entry, 'responsibilities', entry.id, 'applied', []);
    }
    if (entry.agencies) Object.assign(draft, { agencies: entry.agencies, agency: enumeration(entry.agencies) });
    record(corrections, entry, 'responsibilities', entry.id, 'applied', entry.agencies ? ['agencies'] : []);
  });
  file.responsibilities.add.forEach((entry) => {
    const items = newItems(entry, 'responsibilities', nodes, byId, log, corrections);
    if (!items) return;
    const [node] = items;
    byId.set(node.id, { node, agencies: entry.agencies, agency: enumeration(entry.agencies), path: outlinePath(sectionOf(node)), text: wordsOfItems(items) });
    if (!roles.get(node)) roles.set(node, 'responsibility');
    record(corrections, entry, 'responsibilities', node.id, 'applied', ['added']);
  });
  return [...byId.values()].sort((a, b) => a.node.start - b.node.start);
}

/** Agencies an editor names, as a sentence names them: `A, B và C`. */
function enumeration(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

/** Targets the reader missed, as drafts: the editor's words for the value, found in the items on the lines given. */
function addedTargets(nodes: Map<string, OutlineNode>, file: CorrectionsFile, corrections: ReadingCorrections, log: MessageLog): AddedTarget[] {
  return file.targets.add.flatMap((entry): AddedTarget[] => {
    const at = addition('targets', entry);
    const items = itemsOn(entry.lines, nodes, at, entry, 'targets', log, corrections);
    if (!items) return [];
    for (const node of items) {
      const paragraphs = node.kind === 'row' ? (node.cells ?? []) : [node.text, ...node.blocks.slice(1).map((block) => block.text)];
      const paragraph = paragraphs.findIndex((text) => text.includes(entry.phrase));
      if (paragraph === -1) continue;
      const text = paragraphs[paragraph]!;
      const start = text.indexOf(entry.phrase);
      const sentence = sentenceAround(text, start);
      record(corrections, entry, 'targets', null, 'applied', ['added']);
      const draft: TargetDraft = {
          node,
          paragraph,
          start,
          end: start + entry.phrase.length,
          clause: sentence,
          sentence,
          segment: sentence,
          phrase: entry.phrase,
          comparator: entry.comparator,
          value: entry.value,
          ...(entry.max === undefined ? {} : { max: entry.max }),
          unit: entry.unit,
          year: entry.year,
      };
      return [{ draft, indicator: entry.indicator, entry: corrections.entries.at(-1)! }];
    }
    log.warn(`${at}: the words ${quote(entry.phrase)} are not in the items on these lines; not applied`, entry.line, 'corrections:stale');
    record(corrections, entry, 'targets', null, 'stale', []);
    return [];
  });
}

/** The sentence of a paragraph around a position, with its closing punctuation. */
function sentenceAround(text: string, position: number): string {
  const starts = [0, ...[...text.matchAll(SENTENCE_START)].map((match) => match.index + match[0].length)];
  const start = starts.filter((each) => each <= position).at(-1)!;
  return text.slice(start, starts.find((each) => each > position) ?? text.length).trim();
}

/** Whether the item's words are still those the entry was written for; if not, the entry is stale and said so. */
export function sameWords(at: string, entry: { words: string; line: number; note?: string | undefined }, words: string, list: List, log: MessageLog, corrections: ReadingCorrections): boolean {
  const now = wordsHash(words);
  if (now === entry.words) return true;
  log.warn(
    `${at}: stale: the item's words are no longer those this correction was written for (words \`${entry.words}\`, now \`${now}\`: ${quote(words)}); not applied. Check the item, then set \`words: ${now}\` or remove the entry`,
    entry.line,
    'corrections:stale',
  );
  record(corrections, entry, list, idOf(entry), 'stale', []);
  return false;
}

export function missing(at: string, entry: { line: number; note?: string | undefined; id: string }, list: List, log: MessageLog, corrections: ReadingCorrections): void {
  log.fatal(`${at}: no item ${entry.id} in this document, expected an id its page gives after \`#\`; if an amendment removed the item, remove or rewrite this entry`, entry.line, 'corrections:missing');
  record(corrections, entry, list, entry.id, 'stale', []);
}

/** How messages name an entry that adds an item: `tasks[2] (lines 261-266)`. */
function addition(list: List, entry: Located<{ lines: { from: number; to: number } }>): string {
  return `${list}[${entry.index}] (lines ${entry.lines.from}-${entry.lines.to})`;
}

/** What the reader calls one item of a list, in messages. */
const ONE_OF = { tasks: 'a task', responsibilities: 'a responsibility', targets: 'a target' } as const;

/** The items an addition names, unless the reader has the first one in its list already (then it is said, and nothing is added). */
function newItems(
  entry: Located<{ lines: { from: number; to: number }; words: string; note?: string | undefined }>,
  list: List,
  nodes: Map<string, OutlineNode>,
  listed: Map<string, unknown>,
  log: MessageLog,
  corrections: ReadingCorrections,
): [OutlineNode, ...OutlineNode[]] | null {
  const at = addition(list, entry);
  const items = itemsOn(entry.lines, nodes, at, entry, list, log, corrections);
  if (!items) return null;
  if (!listed.has(items[0].id)) return items;
  log.warn(`${at}: ${items[0].id} is read as ${ONE_OF[list]} already; correct it by its id instead`, entry.line, 'corrections:unneeded');
  record(corrections, entry, list, items[0].id, 'unneeded', []);
  return null;
}

/** The items starting on the lines given, in the order of the text (whole items: an item's words without its children's, each child an item). */
export function itemsStartingOn(nodes: Map<string, OutlineNode>, lines: { from: number; to: number }): OutlineNode[] {
  return [...nodes.values()].filter((node) => node.start >= lines.from && node.start <= lines.to && node.kind !== 'section').sort((a, b) => a.start - b.start);
}

/** The words an addition is bound to: those of the items starting on its lines. */
export function wordsOfItems(items: OutlineNode[]): string {
  return items.map(nodeText).join(' ');
}

/**
 * The items an addition names: those starting on its lines, the first on
 * its first line, and their words those it was written for; null (and said
 * why) when not.
 */
function itemsOn(
  lines: { from: number; to: number },
  nodes: Map<string, OutlineNode>,
  at: string,
  entry: { words: string; line: number; note?: string | undefined },
  list: List,
  log: MessageLog,
  corrections: ReadingCorrections,
): [OutlineNode, ...OutlineNode[]] | null {
  const items = itemsStartingOn(nodes, lines);
  if (items[0]?.start !== lines.from) {
    const before = [...nodes.values()].filter((node) => node.start < lines.from).reduce((last, node) => Math.max(last, node.start), 0);
    log.warn(
      `${at}: no item of the text starts on line ${lines.from} (the nearest starts on line ${items[0]?.start ?? before}); not applied. An addition names whole items by the lines they start on`,
      entry.line,
      'corrections:stale',
    );
    record(corrections, entry, list, null, 'stale', []);
    return null;
  }
  if (!sameWords(at, entry, wordsOfItems(items), list, log, corrections)) return null;
  return items as [OutlineNode, ...OutlineNode[]];
}

export function record(corrections: ReadingCorrections, entry: { line: number; note?: string | undefined }, list: List, id: string | null, status: Entry['status'], fields: CorrectedField[]): void {
  corrections.entries.push({ line: entry.line, list, id, status, fields, ...(entry.note ? { note: entry.note } : {}) });
  if (status === 'applied' && id && fields.length > 0) corrections.fields.set(`${list}:${id}`, fields);
}

const idOf = (entry: object) => ('id' in entry && typeof entry.id === 'string' ? entry.id : null);

/** The top-level item of its part that holds a node: the task's group. */
function groupOf(node: OutlineNode): OutlineNode | null {
  for (let current: OutlineNode | null = node; current; current = current.parent) if (partTop(current) && current.numbering) return current;
  return null;
}

/** Every node of the document's outlines (the plan's, and an issuing decision's) by its id. */
export function nodesById(document: ParsedDocument): Map<string, OutlineNode> {
  const nodes = new Map<string, OutlineNode>();
  const visit = (node: OutlineNode) => {
    if (node.id) nodes.set(node.id, node);
    node.children.forEach(visit);
  };
  for (const root of [document.issuing, document.root]) root?.children.forEach(visit);
  return nodes;
}
