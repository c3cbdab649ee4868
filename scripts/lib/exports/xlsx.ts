import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, Table } from './tables.ts';

/**
 * A workbook of one sheet per table: a frozen bold header row with filters,
 * set widths, wrapped text; dates as dates (shown dd/mm/yyyy), links as
 * hyperlinks; text always as text, never as a formula.
 */
export async function writeWorkbook(file: string, tables: Table[], stamp: Date): Promise<void> {
  // exceljs zips its workbooks with JSZip, which dates every entry now unless its defaults say otherwise.
  (JSZip as unknown as { defaults: { date: Date | null } }).defaults.date = stamp;
  const workbook = new ExcelJS.Workbook();
  workbook.created = stamp;
  workbook.modified = stamp;
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, index) => ({
      header,
      key: String(index),
      width: table.widths[index],
      style: { alignment: { wrapText: true, vertical: 'top' } },
    }));
    table.rows.forEach((row) => {
      const added = sheet.addRow(row.map(valueOf));
      row.forEach((cell, index) => {
        if (cell !== null && typeof cell === 'object' && 'date' in cell) added.getCell(index + 1).numFmt = 'dd/mm/yyyy';
        if (cell !== null && typeof cell === 'object' && 'link' in cell) added.getCell(index + 1).font = { color: { argb: 'FF0B57D0' }, underline: true };
      });
    });
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  }
  // Fast deflate: thousands of workbooks at scale, each a few kB either way.
  await workbook.xlsx.writeFile(file, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
}

function valueOf(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return { text: cell.text, hyperlink: cell.link };
}

/** Excel's rules: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/gu, ' ').slice(0, 31);
  let candidate = base;
  for (let suffix = 2; used.has(candidate); suffix++) candidate = `${base.slice(0, 28)} ${suffix}`;
  used.add(candidate);
  return candidate;
}
