import type { OutlineNode } from '../model/outline.ts';
import type { MessageLog } from '../messages.ts';
import type { Annex } from '../model/regions.ts';
import { ANNEX_HEADING } from '../patterns/document-header.ts';
import { joinPageBreaks } from './join-page-breaks.ts';
import { segmentOutline } from './segment-outline.ts';
import { attach, createNode } from '../model/outline-tree.ts';

/** Id of what stands between the signature and the first annex (a footnote, the issuer's name). */
const AFTER_SIGNATURE_ID = 'sau-chu-ky';

/**
 * Give each annex its own part of the outline, after the body: `phu-luc-ii`
 * for `PHỤ LỤC II` (`phu-luc-1`, `phu-luc-2` when unnumbered), so numbering
 * that starts again at `I.` inside an annex never meets the body's.
 */
export function segmentAnnexes(annexes: Annex[], root: OutlineNode, log: MessageLog, agencyHead?: RegExp): void {
  const used = new Set<string>();
  let unnumbered = 0;
  for (const annex of annexes) {
    const heading = annex.heading ? ANNEX_HEADING.exec(annex.heading.text)!.groups! : null;
    let node: OutlineNode;
    if (heading) {
      let value = heading.value?.toLowerCase() ?? String(++unnumbered);
      while (used.has(value)) value = `${value}-r2`;
      used.add(value);
      const label = [heading.label, heading.value].filter(Boolean).join(' ');
      node = createNode('annex', { style: 'annex', label, value, levels: 1 }, heading.title ?? '', [annex.heading!], null);
      node.id = `phu-luc-${value}`;
      node.heading = true;
    } else {
      node = createNode('annex', null, '', annex.blocks.slice(0, 0), null);
      node.id = AFTER_SIGNATURE_ID;
      node.start = annex.blocks[0]?.start ?? 0;
    }
    attach(root, node);
    segmentOutline(joinPageBreaks(annex.blocks), log, agencyHead, node);
  }
}
