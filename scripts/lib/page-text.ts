import type { AnyNode, Element } from 'domhandler';

/** Elements a browser lays out as blocks: their edges separate words. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * The text a reader sees, as a browser would lay it out: inline elements
 * join their neighbours with no added space (so glued words show up glued),
 * block elements stand apart. `skip` leaves out whole elements.
 */
export function visibleText(nodes: AnyNode[], skip: (element: Element) => boolean = () => false): string {
  let text = '';
  const walk = (node: AnyNode) => {
    if (node.type === 'text') text += (node as unknown as { data: string }).data;
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      if (element.name === 'script' || element.name === 'style' || element.name === 'template' || skip(element)) return;
      const block = BLOCK.has(element.name);
      if (block) text += ' ';
      element.children.forEach(walk);
      if (block) text += ' ';
    }
  };
  nodes.forEach(walk);
  return text.replace(/\s+/gu, ' ').trim();
}
