import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../scripts/lib/exports/xlsx.ts';
import type { Table } from '../../scripts/lib/exports/tables.ts';

const stamp = new Date('2026-05-01T00:00:00Z');
const table = (name: string, rows: Table['rows']): Table => ({ name, headers: ['Nhiệm vụ', 'Hạn', 'Liên kết', 'Số'], widths: [60, 12, 40, 8], rows });

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('a workbook as the exports write it', () => {
  const rows: Table['rows'] = [
    ['=HYPERLINK("x") & <b> "GD&ĐT"\nhai  dòng\u0001', { date: '2030-12-31' }, { link: 'https://example.org/nhiem-vu/a/?q=1&r=2', text: 'https://example.org/nhiem-vu/a/?q=1&r=2' }, 42.5],
    ['+1', null, null, null],
  ];

  it('reads back as written: text as text (never a formula), dates as dates, links as hyperlinks, numbers as numbers', async () => {
    const sheet = (await read(workbookBytes([table('Chủ trì', rows)], stamp))).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("x") & <b> "GD&ĐT"\nhai  dòng');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBe('+1');
    expect(sheet.getCell('B2').value).toEqual(new Date('2030-12-31T00:00:00Z'));
    expect(sheet.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C2').value).toEqual({ text: 'https://example.org/nhiem-vu/a/?q=1&r=2', hyperlink: 'https://example.org/nhiem-vu/a/?q=1&r=2' });
    expect(sheet.getCell('D2').value).toBe(42.5);
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(60);
  });

  it('names sheets as Excel requires: 31 characters at most, none of []:*?/\\, unique whatever their case', async () => {
    const names = ['Chủ trì', 'CHỦ TRÌ', 'Văn bản [1]: a/b*c?', 'Một tên rất dài hơn ba mươi mốt ký tự của một bảng'];
    const workbook = await read(workbookBytes(names.map((name) => table(name, [])), stamp));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chủ trì', 'CHỦ TRÌ 2', 'Văn bản  1   a b c ', 'Một tên rất dài hơn ba mươi mốt']);
  });

  it('depends only on its tables and its date, byte for byte', () => {
    const once = workbookBytes([table('Chủ trì', rows)], stamp);
    expect(workbookBytes([table('Chủ trì', rows)], stamp).equals(once)).toBe(true);
    expect(workbookBytes([table('Chủ trì', rows)], new Date('2026-06-01T00:00:00Z')).equals(once)).toBe(false);
  });
});
