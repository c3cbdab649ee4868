import { writeFileSync } from 'node:fs';
import type { Cell, Table } from './tables.ts';
import { zipFiles } from './zip.ts';

/**
 * A workbook of one sheet per table: a frozen bold header row with filters,
 * set widths, wrapped text; dates as dates (shown dd/mm/yyyy), links as
 * hyperlinks; text always as text, never as a formula.
 *
 * Written as SpreadsheetML text, one shape of sheet: a workbook model
 * (exceljs) cost most of the exports stage at a thousand plans, thousands of
 * workbooks with a style object per cell. The bytes depend only on the
 * tables and `stamp` (the file's date and its entries').
 */
export function writeWorkbook(file: string, tables: Table[], stamp: Date): void {
  writeFileSync(file, workbookBytes(tables, stamp));
}

export function workbookBytes(tables: Table[], stamp: Date): Buffer {
  const names = sheetNames(tables.map((table) => table.name));
  const strings = new SharedStrings();
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(tables.length),
    '_rels/.rels': relationships([
      [`${OFFICE_RELATIONSHIPS}/officeDocument`, 'xl/workbook.xml'],
      [`${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
    ]),
    'docProps/core.xml': coreProperties(stamp),
    'xl/workbook.xml': workbookXml(names, tables),
    'xl/_rels/workbook.xml.rels': relationships([
      ...names.map((_, index): [string, string] => [`${OFFICE_RELATIONSHIPS}/worksheet`, `worksheets/sheet${index + 1}.xml`]),
      [`${OFFICE_RELATIONSHIPS}/styles`, 'styles.xml'],
      [`${OFFICE_RELATIONSHIPS}/sharedStrings`, 'sharedStrings.xml'],
    ]),
    'xl/styles.xml': STYLES,
  };
  tables.forEach((table, index) => {
    const { xml, links } = sheetXml(table, strings);
    parts[`xl/worksheets/sheet${index + 1}.xml`] = xml;
    if (links.length > 0) {
      parts[`xl/worksheets/_rels/sheet${index + 1}.xml.rels`] = relationships(links.map((link): [string, string, string] => [`${OFFICE_RELATIONSHIPS}/hyperlink`, link, 'External']));
    }
  });
  parts['xl/sharedStrings.xml'] = strings.xml();
  return zipFiles(Object.entries(parts), stamp);
}

/** Each text of a workbook once, cells naming it by its index: workbooks hold the same names and places row after row. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  of(text: string): number {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) this.index.set(text, (at = this.index.size));
    return at;
  }

  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('');
    return `${XML_DECLARATION}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats of styles.xml: text wrapped at the top of its cell; the header bold; a date; a link. */
const FORMAT = { text: 1, header: 2, date: 3, link: 4 } as const;
const STYLES = `${XML_DECLARATION}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><u/><sz val="11"/><color rgb="FF0B57D0"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${[
  [0, 0],
  [0, 1],
  [164, 0],
  [0, 2],
]
  .map(
    ([format, font]) =>
      `<xf numFmtId="${format}" fontId="${font}" fillId="0" borderId="0" xfId="0" applyAlignment="1"${format ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}><alignment vertical="top" wrapText="1"/></xf>`,
  )
  .join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function contentTypes(sheets: number): string {
  const sheetTypes = Array.from(
    { length: sheets },
    (_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${sheetTypes}</Types>`;
}

function relationships(targets: Array<[type: string, target: string, mode?: string]>): string {
  const each = targets.map(([type, target, mode], index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${escapeXml(target)}"${mode ? ` TargetMode="${mode}"` : ''}/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${each.join('')}</Relationships>`;
}

function coreProperties(stamp: Date): string {
  const when = `${stamp.toISOString().slice(0, 19)}Z`;
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** The sheets, each with the range of its header row named as Excel names a filter's. */
function workbookXml(names: string[], tables: Table[]): string {
  const sheets = names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  const filters = names
    .map((name, index) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'${escapeXml(name.replace(/'/gu, "''"))}'!$A$1:$${column(tables[index]!.headers.length - 1)}$1</definedName>`)
    .join('');
  return `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets><definedNames>${filters}</definedNames></workbook>`;
}

/** A sheet's XML, and the address of each of its links in the order of their relationships. */
function sheetXml(table: Table, strings: SharedStrings): { xml: string; links: string[] } {
  const links: string[] = [];
  const hyperlinks: string[] = [];
  const last = column(table.headers.length - 1);
  const header = table.headers.map((text, index) => textCell(`${column(index)}1`, FORMAT.header, strings.of(text))).join('');
  const rows = table.rows.map((row, rowIndex) => {
    const cells = row.map((cell, index) => {
      const reference = `${column(index)}${rowIndex + 2}`;
      if (cell !== null && typeof cell === 'object' && 'link' in cell) {
        links.push(cell.link);
        hyperlinks.push(`<hyperlink ref="${reference}" r:id="rId${links.length}"/>`);
      }
      return cellXml(reference, cell, strings);
    });
    return `<row r="${rowIndex + 2}">${cells.join('')}</row>`;
  });
  const columns = table.widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" style="${FORMAT.text}" customWidth="1"/>`).join('');
  const xml = [
    `${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}">`,
    `<dimension ref="A1:${last}${table.rows.length + 1}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    `<sheetFormatPr defaultRowHeight="15"/><cols>${columns}</cols>`,
    `<sheetData><row r="1" s="${FORMAT.header}" customFormat="1">${header}</row>${rows.join('')}</sheetData>`,
    `<autoFilter ref="A1:${last}1"/>`,
    hyperlinks.length > 0 ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : '',
    '</worksheet>',
  ];
  return { xml: xml.join(''), links };
}

function cellXml(reference: string, cell: Cell, strings: SharedStrings): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${reference}" s="${FORMAT.text}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return textCell(reference, FORMAT.text, strings.of(cell));
  if ('date' in cell) return `<c r="${reference}" s="${FORMAT.date}"><v>${excelDate(cell.date)}</v></c>`;
  return textCell(reference, FORMAT.link, strings.of(cell.text));
}

/** Text as a shared string: never read as a formula or a number. */
function textCell(reference: string, format: number, string: number): string {
  return `<c r="${reference}" s="${format}" t="s"><v>${string}</v></c>`;
}

/** Days since 1899-12-30, as Excel counts dates (the 1900 system). */
function excelDate(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** `A`…`Z`, `AA`…: a column's letters from its index. */
function column(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** XML text or attribute value, without the control characters XML 1.0 cannot hold (exceljs dropped them too). */
function escapeXml(text: string): string {
  return text.replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, (character) => XML_ESCAPES[character] ?? '');
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Excel's rules: at most 31 characters, none of `[]:*?/\`, unique in the workbook (ignoring case, as Excel does). */
function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/gu, ' ').slice(0, 31);
    let candidate = base;
    for (let suffix = 2; used.has(candidate.toLowerCase()); suffix++) candidate = `${base.slice(0, 28)} ${suffix}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
