import type { Block, Numbering, OutlineNode } from './outline.ts';

/** Helpers every stage shares to build and read the outline tree. */

export function createNode(
  kind: OutlineNode['kind'],
  numbering: Numbering | null,
  text: string,
  blocks: Block[],
  runIn: string | null,
): OutlineNode {
  const first = blocks[0];
  return {
    section: null,
    id: '',
    kind,
    numbering,
    text,
    runIn,
    heading: false,
    blocks,
    start: first?.start ?? 0,
    end: blocks.at(-1)?.end ?? 0,
    children: [],
    parent: null,
    level: 0,
    cells: null,
  };
}

/** Hang a node under its parent, the parent's span growing to hold it. */
export function attach(parent: OutlineNode, child: OutlineNode): void {
  child.parent = parent;
  child.level = parent.level + 1;
  parent.children.push(child);
  parent.end = Math.max(parent.end, child.end);
}

/** Outline path of a node's numbered ancestors, e.g. `III.2.4`. */
export function outlinePath(node: OutlineNode | null): string {
  const parts: string[] = [];
  for (let current = node; current; current = current.parent) {
    const numbering = current.numbering;
    if (!numbering || numbering.style === 'bullet') continue;
    const parentValue = current.parent?.numbering?.value;
    if (numbering.style === 'annex') parts.unshift(`PL${numbering.value.toUpperCase()}`);
    else if (numbering.style === 'article') parts.unshift(`Điều ${numbering.value}`);
    else if (numbering.style === 'decimal' && parentValue && numbering.value.startsWith(`${parentValue}.`)) {
      parts.unshift(numbering.value.slice(parentValue.length + 1));
    } else parts.unshift(numbering.value);
  }
  return parts.join('.');
}

/** The nearest numbered item holding a node (itself when it is numbered and not a bullet). */
export function sectionOf(node: OutlineNode): OutlineNode {
  for (let current: OutlineNode | null = node; current; current = current.parent) {
    if (current.numbering && current.numbering.style !== 'bullet') return current;
  }
  return node;
}

/** Whether a node is an item directly under a top-level part (the root has no parent). */
export function partTop(node: OutlineNode): boolean {
  return node.parent?.parent?.parent === null;
}

/** The node's own text and its continuation paragraphs. */
export function nodeText(node: OutlineNode): string {
  if (node.kind === 'row') return node.text;
  const [, ...continuations] = node.blocks;
  return [node.text, ...continuations.map((block) => block.text)].join(' ');
}
