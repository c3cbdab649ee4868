import { strFromU8, Unzip, UnzipInflate } from 'fflate';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { wordLabel, WordNumbering } from './word-numbering.ts';
import { squeezed, INLINE_SPACES } from '../patterns/text.ts';
import { WORD_PARTS } from '../patterns/office-files.ts';
import { READ_LIMITS, TooLargeError } from './read-limits.ts';
import { LOWERCASE_START } from '../patterns/sentences.ts';

/**
 * A Word file read as a text plan reads: one line per paragraph, a blank line
 * between, Word's own numbers and bullets (drawn from numbering.xml, not in the
 * text) put where a typist would have typed them, a paragraph in bold between
 * `**`, and each table as a markdown table with its merged cells kept in place.
 * Only the words of runs are read: drawing anchors (`<wp:posOffset>`), field
 * codes and deleted text never, and a text box once (not its VML fallback).
 */
export interface DocxText {
  text: string;
  /** Where each line of `text` comes from, as a reader finds it in Word: `¶41` (the 41st paragraph). */
  places: string[];
  /** What the XML parser said of the file's parts (`word/document.xml: entity not found: &nbsp;`), for the file's log. */
  notes?: string[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Word's own files start `PK` (zip); a password-protected one, or a Word 97–2003 `.doc`, is an OLE file. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** What a paragraph holds that is not its words: properties, deleted or moved-away text, field codes. */
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText']);

export class DocxError extends Error {}

/** An OLE file names its streams in UTF-16: a password-protected .docx holds `EncryptionInfo`, a Word 97–2003 file `WordDocument`. */
function whyOleFile(bytes: Uint8Array): string {
  const holds = (name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
  if (holds('EncryptionInfo')) return 'a password-protected Word file: open it in Word, remove the password (File › Info › Protect Document) and save it as .docx';
  if (holds('WordDocument')) return 'a Word 97–2003 .doc file: open it in Word and save it as .docx';
  return 'an OLE file, not a Word .docx: save it from Word as .docx';
}

export function readDocx(bytes: Uint8Array): DocxText {
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new DocxError(whyOleFile(bytes));
  const files = wordParts(bytes);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new DocxError('a zip archive without word/document.xml, not a Word .docx file');
  const notes: string[] = [];
  const parse = (name: string) => {
    const xml = files[name];
    // The parser's warnings go to the file's log, named by part, not to the console.
    const onError = (level: string, message: string) => void (level !== 'fatalError' && notes.push(`${name}: ${message.split('\n')[0]}`));
    return xml ? new DOMParser({ onError }).parseFromString(strFromU8(xml), 'text/xml') : null;
  };
  const styles = parse('word/styles.xml');
  const root = parse('word/document.xml')?.documentElement;
  const body = root && childrenNamed(root, 'body')[0];
  if (!body) throw new DocxError('word/document.xml has no body');
  const order = new Map(Array.from(body.getElementsByTagNameNS(W, 'p')).map((paragraph, index) => [paragraph, index + 1]));
  const reader: Reader = { writer: new LineWriter(), placeOf: (paragraph) => `¶${order.get(paragraph) ?? 0}`, numbering: new WordNumbering(parse('word/numbering.xml'), styles), borderedStyles: borderedTableStyles(styles) };
  readBlocks(body, reader);
  return { ...reader.writer.result(), notes };
}

/**
 * The parts of a Word file the reader opens, inflated as a stream and given up
 * past READ_LIMITS: a zip bomb is refused after a few megabytes, not after
 * gigabytes.
 */
function wordParts(bytes: Uint8Array): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array[]> = {};
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let inflated = 0;
  const limit = Math.min(READ_LIMITS.inflatedBytes, Math.max(1024 * 1024, bytes.length * READ_LIMITS.inflationRatio));
  unzip.onfile = (file) => {
    if (!WORD_PARTS.test(file.name)) return;
    const chunks: Uint8Array[] = (parts[file.name] = []);
    file.ondata = (error, data) => {
      if (error) throw error;
      inflated += data.length;
      if (inflated > limit) {
        throw new TooLargeError(`too large: a Word file of ${megabytes(bytes.length)} whose text inflates past ${megabytes(limit)} (a zip bomb, or not a plan)`);
      }
      chunks.push(data);
    };
    file.start();
  };
  try {
    // Fed in small pieces: each inflates to a bounded size before the limit is checked (fed whole, it would inflate whole).
    for (let at = 0; at < bytes.length; at += ZIP_PIECE) unzip.push(bytes.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= bytes.length);
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw new DocxError('not a Word .docx file (it is not a zip archive): save it from Word as .docx');
  }
  if (Object.keys(parts).length === 0 && !isZip(bytes)) throw new DocxError('not a Word .docx file (it is not a zip archive): save it from Word as .docx');
  return Object.fromEntries(Object.entries(parts).map(([name, chunks]) => [name, concatenated(chunks)]));
}

/** Compressed bytes fed to the inflater at a time: at a bomb's thousandfold, 16 MB inflated. */
const ZIP_PIECE = 16 * 1024;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function concatenated(chunks: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

interface Reader {
  writer: LineWriter;
  /** `¶41`: the paragraph's rank in the document, as Word counts them (cells' paragraphs included). */
  placeOf: (paragraph: Element) => string;
  numbering: WordNumbering;
  /** Table styles that draw lines: a table in one of them is data. */
  borderedStyles: Set<string>;
}

class LineWriter {
  private readonly lines: string[] = [];
  private readonly places: string[] = [];
  /** The last paragraph written, if it was one centred line: a title wrapped by hand may go on in the next. */
  private centred: { at: number; text: string; bold: boolean } | null = null;

  /** A paragraph's lines, then a blank line. */
  paragraph(lines: string[], place: string, style: { bold: boolean; centred: boolean }): void {
    const wrap = (text: string) => (style.bold ? `**${text}**` : text);
    const previous = this.centred;
    this.centred = null;
    // `Kiểm tra, cấp Giấy chứng nhận …` / `vật liệu nổ công nghiệp …`: a centred line going on in lower case is the same line.
    if (previous && style.centred && lines.length === 1 && previous.bold === style.bold && LOWERCASE_START.test(lines[0]!)) {
      previous.text = `${previous.text} ${lines[0]}`;
      this.lines[previous.at] = wrap(previous.text);
      this.centred = previous;
      return;
    }
    for (const line of lines) this.line(wrap(line), place);
    if (style.centred && lines.length === 1) this.centred = { at: this.lines.length - 1, text: lines[0]!, bold: style.bold };
    this.line('', place);
  }

  line(text: string, place: string): void {
    if (text === '' && this.lines.at(-1) === '') return;
    this.lines.push(text);
    this.places.push(place);
  }

  result(): DocxText {
    while (this.lines.at(-1) === '') {
      this.lines.pop();
      this.places.pop();
    }
    return { text: `${this.lines.join('\n')}\n`, places: this.places };
  }
}

/** The paragraphs and tables of a body, a cell or a text box, in order. */
function readBlocks(parent: Element, reader: Reader): void {
  for (const child of elementChildren(parent)) {
    if (child.namespaceURI !== W) continue;
    if (child.localName === 'p') readParagraph(child, reader);
    else if (child.localName === 'tbl') readTable(child, reader);
    else if (child.localName === 'sdt') for (const content of childrenNamed(child, 'sdtContent')) readBlocks(content, reader);
  }
}

function readParagraph(paragraph: Element, reader: Reader): void {
  const { writer } = reader;
  const place = reader.placeOf(paragraph);
  const boxes: Element[] = [];
  const { text, bold } = paragraphText(paragraph, boxes);
  const label = wordLabel(reader.numbering, paragraph);
  const lines = text.split('\n').map((line) => line.replace(INLINE_SPACES, ' ').trim());
  if (label && lines.length > 0) lines[0] = `${label} ${lines[0]}`.trim();
  const shown = lines.filter((line) => line !== '');
  if (shown.length === 0) writer.line('', place);
  else writer.paragraph(shown, place, { bold, centred: isCentred(paragraph) });
  for (const box of boxes) readBlocks(box, reader);
}

function isCentred(paragraph: Element): boolean {
  const properties = childrenNamed(paragraph, 'pPr')[0];
  return (properties && childrenNamed(properties, 'jc')[0]?.getAttributeNS(W, 'val')) === 'center';
}

/** The words of a paragraph's runs, and whether every run with words is bold. Text boxes met are set aside. */
function paragraphText(paragraph: Element, boxes: Element[]): { text: string; bold: boolean } {
  let text = '';
  let runs = 0;
  let boldRuns = 0;
  const visit = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (child.namespaceURI === MC && child.localName === 'Fallback') continue;
      if (child.namespaceURI === W && child.localName === 'txbxContent') {
        boxes.push(child);
        continue;
      }
      if (child.namespaceURI === W && child.localName === 'r') {
        const words = runText(child);
        if (words.trim() !== '') {
          runs++;
          if (isBold(child)) boldRuns++;
        }
        text += words;
        // A run may hold a drawing whose text box is read after the paragraph.
        visit(child);
        continue;
      }
      if (child.namespaceURI === W && SKIPPED.has(child.localName ?? '')) continue;
      visit(child);
    }
  };
  visit(paragraph);
  return { text, bold: runs > 0 && boldRuns === runs };
}

function runText(run: Element): string {
  let text = '';
  for (const child of elementChildren(run)) {
    if (child.namespaceURI !== W) continue;
    if (child.localName === 't') text += child.textContent ?? '';
    else if (child.localName === 'tab' || child.localName === 'ptab') text += '\t';
    else if (child.localName === 'br' || child.localName === 'cr') text += '\n';
    else if (child.localName === 'noBreakHyphen') text += '-';
    else if (child.localName === 'sym') text += symbolOf(child);
  }
  return text;
}

/** A `<w:sym>` character from a symbol font: a bullet or dash of some kind is a dash, as a typist writes it. */
function symbolOf(symbol: Element): string {
  return symbol.getAttributeNS(W, 'char') ? '-' : '';
}

function isBold(run: Element): boolean {
  const properties = childrenNamed(run, 'rPr')[0];
  const bold = properties && childrenNamed(properties, 'b')[0];
  if (!bold) return false;
  const value = bold.getAttributeNS(W, 'val');
  return value === '' || value === null || !['0', 'false', 'off'].includes(value);
}

/**
 * A table as markdown: a header row, the delimiter row markdown needs, then
 * the other rows, each placed at its first paragraph. A cell spanning columns
 * leaves the ones it covers empty, a cell merged down leaves its continuation
 * empty: the columns stay in place. A table without lines holds no data: it
 * lays out blocks side by side (the issuer beside the motto, the recipients
 * beside the signature), read a column after the other, a paragraph each, as
 * the text of a plan has them.
 */
function readTable(table: Element, reader: Reader): void {
  const { writer, numbering } = reader;
  const rows = childrenNamed(table, 'tr');
  if (!isBordered(table, reader.borderedStyles)) {
    const columns = Math.max(0, ...rows.map((row) => childrenNamed(row, 'tc').length));
    for (let column = 0; column < columns; column++) {
      for (const row of rows) {
        const cell = childrenNamed(row, 'tc')[column];
        if (cell) readBlocks(cell, reader);
      }
    }
    return;
  }
  const read = rows.map((row) => {
    const first = row.getElementsByTagNameNS(W, 'p')[0];
    const place = first ? reader.placeOf(first) : '¶0';
    const cells = childrenNamed(row, 'tc').flatMap((cell) => {
      const properties = childrenNamed(cell, 'tcPr')[0];
      const span = Number(properties && childrenNamed(properties, 'gridSpan')[0]?.getAttributeNS(W, 'val')) || 1;
      const merge = properties && childrenNamed(properties, 'vMerge')[0];
      const continued = merge !== undefined && merge.getAttributeNS(W, 'val') !== 'restart';
      const text = cellText(cell, numbering);
      return [continued ? '' : text, ...Array.from({ length: span - 1 }, () => '')];
    });
    return { place, cells };
  });
  if (read.length === 0) return;
  const width = Math.max(...read.map((row) => row.cells.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array.from({ length: width - cells.length }, () => '')].join(' | ')} |`;
  writer.line(line(read[0]!.cells), read[0]!.place);
  writer.line(line(Array.from({ length: width }, () => '---')), read[0]!.place);
  for (const row of read.slice(1)) writer.line(line(row.cells), row.place);
  writer.line('', read.at(-1)!.place);
}

/** Whether a table draws lines: its own borders, its style's, or a cell's. */
function isBordered(table: Element, borderedStyles: Set<string>): boolean {
  const properties = childrenNamed(table, 'tblPr')[0];
  const style = properties && childrenNamed(properties, 'tblStyle')[0]?.getAttributeNS(W, 'val');
  if (style && borderedStyles.has(style)) return true;
  return Array.from(table.getElementsByTagNameNS(W, 'tblBorders')).concat(Array.from(table.getElementsByTagNameNS(W, 'tcBorders'))).some(drawsLine);
}

function drawsLine(borders: Element): boolean {
  return elementChildren(borders).some((border) => !['nil', 'none', ''].includes(border.getAttributeNS(W, 'val') ?? ''));
}

function borderedTableStyles(styles: Document | null): Set<string> {
  const bordered = new Set<string>();
  if (!styles) return bordered;
  for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
    if (style.getAttributeNS(W, 'type') !== 'table') continue;
    if (Array.from(style.getElementsByTagNameNS(W, 'tblBorders')).some(drawsLine)) bordered.add(style.getAttributeNS(W, 'styleId') ?? '');
  }
  return bordered;
}

/** A cell's paragraphs on one line (a markdown cell cannot hold two), numbered as Word shows them, apart by `<br>` as converters write them. */
function cellText(cell: Element, numbering: WordNumbering): string {
  const parts: string[] = [];
  for (const paragraph of Array.from(cell.getElementsByTagNameNS(W, 'p'))) {
    const { text } = paragraphText(paragraph, []);
    const label = wordLabel(numbering, paragraph);
    const words = squeezed(`${label ?? ''} ${text}`);
    if (words) parts.push(words);
  }
  return parts.map((part) => part.replaceAll('|', '/')).join('<br>');
}

function elementChildren(node: Element): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) children.push(child as Element);
  return children;
}

export function childrenNamed(node: Element, localName: string): Element[] {
  return elementChildren(node).filter((child) => child.namespaceURI === W && child.localName === localName);
}
