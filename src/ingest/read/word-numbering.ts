/**
 * The numbers and bullets Word draws before a paragraph: in a .docx they are
 * not in the text but in numbering.xml (a paragraph says `numId` and level,
 * itself or through its style), counted as Word counts them: each list
 * (`numId`) keeps a counter per level, a level's counter restarts when a
 * shallower level moves on, and the level's `lvlText` (`%1.`, `%1.%2.`, `%2)`)
 * is filled with each level's counter in its format.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { romanNumeral } from '../../lib/roman-numeral.ts';
import { LEVEL_PLACEHOLDER } from '../patterns/office-files.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  format: string;
  text: string;
  start: number;
}

export class WordNumbering {
  private readonly lists = new Map<string, Level[]>();
  private readonly styleNumbering = new Map<string, { numId: string; level: number | null }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: Document | null, styles: Document | null) {
    if (numbering) this.readNumbering(numbering);
    if (styles) this.readStyles(styles);
  }

  /** The label Word draws for the paragraph at this level of this list, counting it. */
  next(numId: string, level: number): string | null {
    const levels = this.lists.get(numId);
    const definition = levels?.[level];
    if (!levels || !definition) return null;
    const counters = this.counters.get(numId) ?? levels.map((each) => each.start - 1);
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = (levels[deeper]?.start ?? 1) - 1;
    this.counters.set(numId, counters);
    if (definition.format === 'bullet') return bulletOf(definition.text, level);
    if (definition.format === 'none') return null;
    return definition.text.replace(LEVEL_PLACEHOLDER, (_, index: string) => {
      const at = Number(index) - 1;
      return formatNumber(Math.max(counters[at] ?? 1, levels[at]?.start ?? 1), levels[at]?.format ?? 'decimal');
    });
  }

  /** The list a style puts its paragraphs in (a heading style often numbers them). */
  styleList(styleId: string): { numId: string; level: number | null } | null {
    return this.styleNumbering.get(styleId) ?? null;
  }

  private readNumbering(numbering: Document): void {
    const abstracts = new Map<string, Level[]>();
    for (const abstract of Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum'))) {
      abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', levelsOf(abstract));
    }
    for (const num of Array.from(numbering.getElementsByTagNameNS(W, 'num'))) {
      const abstractId = valueOf(num, 'abstractNumId');
      const levels = [...(abstracts.get(abstractId ?? '') ?? [])];
      for (const override of Array.from(num.getElementsByTagNameNS(W, 'lvlOverride'))) {
        const level = Number(override.getAttributeNS(W, 'ilvl'));
        const replaced = override.getElementsByTagNameNS(W, 'lvl')[0];
        if (replaced) levels[level] = levelOf(replaced);
        const start = valueOf(override, 'startOverride');
        if (start !== null && levels[level]) levels[level] = { ...levels[level]!, start: Number(start) };
      }
      this.lists.set(num.getAttributeNS(W, 'numId') ?? '', levels);
    }
  }

  private readStyles(styles: Document): void {
    const based = new Map<string, string>();
    for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
      const id = style.getAttributeNS(W, 'styleId') ?? '';
      const basedOn = valueOf(style, 'basedOn');
      if (basedOn) based.set(id, basedOn);
      const numPr = style.getElementsByTagNameNS(W, 'numPr')[0];
      const numId = numPr && valueOf(numPr, 'numId');
      if (numId) this.styleNumbering.set(id, { numId, level: numPr && valueOf(numPr, 'ilvl') !== null ? Number(valueOf(numPr, 'ilvl')) : null });
    }
    // A style based on a numbered one is numbered too, unless it says otherwise.
    for (const [id, parent] of based) {
      let ancestor: string | undefined = parent;
      for (let depth = 0; ancestor && !this.styleNumbering.has(id) && depth < 10; depth++) {
        const inherited = this.styleNumbering.get(ancestor);
        if (inherited) this.styleNumbering.set(id, inherited);
        ancestor = based.get(ancestor);
      }
    }
  }
}

/** The label of a paragraph of document.xml, or null: its own `w:numPr`, else its style's. */
export function wordLabel(numbering: WordNumbering, paragraph: Element): string | null {
  const properties = childNamed(paragraph, 'pPr');
  if (!properties) return null;
  const own = childNamed(properties, 'numPr');
  const style = childNamed(properties, 'pStyle')?.getAttributeNS(W, 'val');
  const fromStyle = style ? numbering.styleList(style) : null;
  const numId = (own && valueOf(own, 'numId')) ?? fromStyle?.numId ?? null;
  // numId 0 takes the paragraph out of a list its style would put it in.
  if (numId === null || numId === '0') return null;
  const level = Number((own && valueOf(own, 'ilvl')) ?? fromStyle?.level ?? 0);
  return numbering.next(numId, level);
}

function levelsOf(abstract: Element): Level[] {
  const levels: Level[] = [];
  for (const level of Array.from(abstract.getElementsByTagNameNS(W, 'lvl'))) levels[Number(level.getAttributeNS(W, 'ilvl'))] = levelOf(level);
  return levels;
}

function levelOf(level: Element): Level {
  return {
    format: valueOf(level, 'numFmt') ?? 'decimal',
    text: valueOf(level, 'lvlText') ?? '',
    start: Number(valueOf(level, 'start') ?? 1),
  };
}

/** `w:val` of the first descendant element of this name. */
function valueOf(node: Element, localName: string): string | null {
  return node.getElementsByTagNameNS(W, localName)[0]?.getAttributeNS(W, 'val') ?? null;
}

function childNamed(node: Element, localName: string): Element | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).namespaceURI === W && (child as Element).localName === localName) return child as Element;
  }
  return null;
}

/** A bullet as a typist writes one: `-` at the first level, `+` below it (symbol-font glyphs read as nothing). */
function bulletOf(text: string, level: number): string {
  if (text === '-' || text === '+') return text;
  return level === 0 ? '-' : '+';
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return romanNumeral(value).toLowerCase();
    case 'upperRoman':
      return romanNumeral(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** a, b, …, z, aa, bb, … as Word counts letters. */
function letters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}
