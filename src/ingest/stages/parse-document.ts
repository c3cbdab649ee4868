import type { Block, NodeRole, OutlineNode } from '../model.ts';
import { MessageLog } from '../messages.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { Timer } from '../timer.ts';
import { readSource, type SourceText } from './read-source.ts';
import { parseBlocks } from './parse-blocks.ts';
import { splitRegions, type Regions } from './split-regions.ts';
import { joinPageBreaks } from './join-page-breaks.ts';
import { createNode, segmentOutline } from './segment-outline.ts';
import { segmentAnnexes } from './segment-annexes.ts';
import { classifySections } from './classify-sections.ts';
import { extractDocumentFacts, type DocumentFactsDraft } from './extract-document-facts.ts';
import { extractTasks, type TaskDraft } from './extract-tasks.ts';
import { extractResponsibilities, type ResponsibilityDraft } from './extract-responsibilities.ts';
import { extractTargets, type TargetDraft } from './extract-targets.ts';

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
  /** What each node the extraction read is on the page: a task, a lead or timeframe line, a responsibility. */
  roles: Map<OutlineNode, NodeRole>;
  /** How many messages the log held when parsing ended (what assembling adds comes after). */
  parsedMessages: number;
}

/** read → parse → split regions → join page breaks → segment → extract, for one file. */
export function parseDocument(path: string, bytes: Uint8Array, data: ReferenceData, timer: Timer): ParsedDocument | { log: MessageLog } {
  const log = new MessageLog(path);
  const source = timer.time('read', () => readSource(path, bytes, log));
  if (!source) return { log };
  const blocks = timer.time('parse', () => parseBlocks(source));
  const regions = timer.time('segment', () => splitRegions(blocks, data.documentKinds, data.portal, log));
  const { root, issuing } = timer.time('segment', () => {
    const outline = segmentOutline(joinPageBreaks(regions.body), log, data.agencyHead);
    classifySections(outline);
    segmentAnnexes(regions.annexes, outline, log, data.agencyHead);
    return { root: outline, issuing: regions.issuing ? segmentIssuingDecision(regions.issuing.body, log, data.agencyHead) : null };
  });
  if (!root.children.some((node) => node.numbering && node.numbering.style !== 'bullet')) {
    log.warn(
      'Unexpected text without numbered parts, expected an outline such as `I.`, `1.`, `1.1.`; published as plain paragraphs',
      regions.body[0]?.start ?? 1,
      'segment:no-structure',
    );
  }
  const extracted = timer.time('extract', () => {
    const { tasks, roles } = extractTasks(root, data, log);
    const responsibilities = extractResponsibilities(root, data);
    for (const record of responsibilities) roles.set(record.node, 'responsibility');
    return { facts: extractDocumentFacts(regions, root, source.sha256, data, log), tasks, responsibilities, roles, targets: extractTargets(root) };
  });
  return { source, log, regions, root, issuing, ...extracted, parsedMessages: log.messages.length };
}

/** Ids of a decision's articles start `quyet-dinh-`, apart from the plan's own. */
function segmentIssuingDecision(body: Block[], log: MessageLog, agencyHead: RegExp): OutlineNode {
  const root = createNode('section', null, '', [], null);
  root.id = ISSUING_DECISION_ID;
  return segmentOutline(joinPageBreaks(body), log, agencyHead, root);
}

export const ISSUING_DECISION_ID = 'quyet-dinh';
