import { MessageLog } from '../../src/ingest/messages.ts';
import { parseOutline } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read/read-source.ts';
import { partKindOf } from '../../src/ingest/extract/part-kind.ts';
import type { OutlineNode } from '../../src/ingest/model/outline.ts';
import type { RuleInput, Scope } from '../../src/ingest/extract/rules/rule.ts';
import { referenceData } from './ingest-text.ts';

/**
 * A rule's input, as the extractor hands it: the outline of `text` parsed as
 * any seed, the block that opens with `opening`, and the scope of its part
 * (with `scope` over it: what the items above would have said).
 */
export function ruleInput(text: string, opening: string, scope: Partial<Scope> = {}): RuleInput {
  const node = blockOf(outlineOf(text), opening);
  const siblings = node.parent!.children;
  return { node, scope: { ...scopeOf(node), ...scope }, siblings, index: siblings.indexOf(node), data: referenceData };
}

/** The outline of a text, parsed as a seed is. */
export function outlineOf(text: string): OutlineNode {
  const log = new MessageLog('seeds/rule.txt');
  const source = readSource('seeds/rule.txt', new TextEncoder().encode(text), log);
  if (!source) throw new Error(log.messages.map((message) => message.reason).join('; '));
  return parseOutline(source, referenceData, log).root;
}

/** The first node (depth first) whose text, or numbering and text, opens with `opening`. */
export function blockOf(root: OutlineNode, opening: string): OutlineNode {
  const visit = (node: OutlineNode): OutlineNode | null => {
    const label = node.numbering ? `${node.numbering.label} ${node.text}` : node.text;
    if (node !== root && (label.startsWith(opening) || node.text.startsWith(opening) || (node.kind === 'table' && (node.cells ?? []).join(' | ').startsWith(opening)))) return node;
    for (const child of node.children) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  const found = visit(root);
  if (!found) throw new Error(`No block opens with ${JSON.stringify(opening)}`);
  return found;
}

/** The scope a block's part gives it before any item above it says more. */
function scopeOf(node: OutlineNode): Scope {
  let part = node;
  while (part.parent?.parent) part = part.parent;
  return { part: partKindOf(part), lead: [], support: [], timeframe: null, context: null, group: null, agencyBlock: false };
}
