import type { PhrasingContent } from 'mdast';
import { EMPHASIS_DEBRIS } from '../patterns/emphasis.ts';

/** Whether inline content is bold or italic. */
export function isEmphasis(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis';
}

/** Text of inline content: emphasis unwrapped, breaks kept as newlines, links as written. */
export function phrasingText(children: PhrasingContent[]): string {
  let text = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
        text += child.value.replace(EMPHASIS_DEBRIS, '');
        break;
      case 'inlineCode':
        text += child.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'link':
        // Only GFM's literal autolinks get here: their text is the URL as written.
        text += phrasingText(child.children);
        break;
      case 'delete':
        // A PDF conversion cannot carry strikethrough: the tildes are characters of the text.
        text += `~~${phrasingText(child.children)}~~`;
        break;
      default:
        text += 'children' in child ? phrasingText(child.children as PhrasingContent[]) : '';
    }
  }
  return text;
}
