import { readFieldLine } from '../../src/ingest/readers/field-line.ts';
import { describe, expect, it } from 'vitest';
import * as emphasis from '../../src/ingest/patterns/emphasis.ts';
import * as flattened from '../../src/ingest/patterns/flattened-table.ts';
import * as header from '../../src/ingest/patterns/document-header.ts';
import * as taskLines from '../../src/ingest/patterns/task-lines.ts';
import { IMPLEMENTED_CLAUSE_BREAK } from '../../src/ingest/patterns/citations.ts';
import { ROMAN_NUMBERING } from '../../src/ingest/patterns/numbering.ts';
import { repairEmphasis } from '../../src/ingest/parse/repair-emphasis.ts';
import { findFlattenedTables } from '../../src/ingest/parse/lift-flattened-tables.ts';
import { readTableRows } from '../../src/ingest/parse/read-table-rows.ts';
import { readInlineAssignment } from '../../src/ingest/readers/agency-list.ts';
import { readInlineDeadline } from '../../src/ingest/readers/timeframe.ts';
import { referenceData } from '../helpers/ingest-text.ts';

// Lines as the web extractor of tests/corpus/ writes them.

describe('layout patterns', () => {
  it('reads the web extractor’s lines', () => {
    expect(flattened.CELL_BOUNDARY_LINE.test('|')).toBe(true);
    expect(flattened.CELL_BOUNDARY_LINE.test('| TT | Nội dung |')).toBe(false);
    expect(flattened.NATIONAL_MOTTO.test('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(flattened.GROUP_ROW_TITLE.exec('II. Xã hội số')?.groups?.value).toBe('II');
    expect(flattened.ROW_NUMBER.test('5.3')).toBe(true);
    expect(flattened.ROW_NUMBER.test('Sở Tài chính')).toBe(false);
    expect(ROMAN_NUMBERING.exec('II- MỤC TIÊU')?.groups?.value).toBe('II');
    expect(header.ANNEX_HEADING.exec('PHỤ LỤC II')?.groups?.value).toBe('II');
    expect(header.SIGNED_MARK.test('(Đã ký)')).toBe(true);
    expect(header.SIGNED_MARK.test('Đã ký kết hợp đồng')).toBe(false);
    expect(emphasis.EMPTY_EMPHASIS.test('** **')).toBe(true);
    expect('**6****.**'.replace(emphasis.SPLIT_BOLD, '')).toBe('**6.**');
    expect('DÂN ** tỉnh (*)'.replace(emphasis.EMPHASIS_DEBRIS, '')).toBe('DÂN  tỉnh (*)');
  });
  it('reads the labels of a field block and a deadline inside a sentence', () => {
    expect(readFieldLine('Nội dung: Triển khai Tháng hành động')).toMatchObject([{ kind: 'what', value: 'Triển khai Tháng hành động' }]);
    expect(readFieldLine('Cơ quan thực hiện: Sở Nội vụ chủ trì')).toMatchObject([{ kind: 'lead', value: 'Sở Nội vụ chủ trì' }]);
    expect(taskLines.INLINE_DEADLINE.exec('…; Trước ngày 15/12 hàng năm tổng hợp, báo cáo')?.[0]).toBe('Trước ngày 15/12 hàng năm');
    expect(taskLines.INLINE_DEADLINE.test('Tổ chức thực hiện thường xuyên')).toBe(false);
  });
  it('ends an implemented document’s clause at `;` and at `và` before another document', () => {
    expect('Chỉ thị số 02-CT/TU ngày 05/8/2025 và Chỉ thị số 007/CT-UBND'.split(IMPLEMENTED_CLAUSE_BREAK)).toEqual([
      'Chỉ thị số 02-CT/TU ngày 05/8/2025',
      'Chỉ thị số 007/CT-UBND',
    ]);
    expect('giáo dục và đào tạo'.split(IMPLEMENTED_CLAUSE_BREAK)).toEqual(['giáo dục và đào tạo']);
  });
});

describe('repairEmphasis', () => {
  it('moves the spaces an extractor put inside bold runs, keeping every line', () => {
    expect(repairEmphasis('**6. Sở Nội vụ: **Tham mưu UBND')).toBe('**6. Sở Nội vụ:** Tham mưu UBND');
    expect(repairEmphasis('**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ')).toBe('**ỦY BAN NHÂN\nDÂN** \nTHÀNH PHỐ');
    expect(repairEmphasis('*Cần Thơ, ngày 21\ntháng 11 năm 2025 *')).toBe('*Cần Thơ, ngày 21\ntháng 11 năm 2025* ');
    expect(repairEmphasis('** **')).toBe(' ');
  });
  it('leaves asterisks that are the text’s own alone', () => {
    expect(repairEmphasis('{/* chú thích */}')).toBe('{/* chú thích */}');
  });
});

describe('flattened tables', () => {
  const text = ['|', 'TT', '|', 'Nhiệm vụ', '|', 'Chủ trì', '|', '|', '1', '|', 'Rà soát cơ chế,', 'chính sách', '|', 'Sở Tài chính', '|', '', 'Sau bảng.'].join('\n');
  it('reads cells between lone `|` lines and rows between two of them, and ends at a blank line', () => {
    const [table] = findFlattenedTables(text);
    expect(table).toMatchObject({ start: 1, end: 15, layout: false });
    expect(table!.rows.map((row) => row.cells)).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì'],
      ['1', 'Rà soát cơ chế,\nchính sách', 'Sở Tài chính'],
    ]);
  });
  it('tells a header laid out as a table from a table of data', () => {
    const [layout] = findFlattenedTables(['|', 'ỦY BAN NHÂN DÂN', '|', 'Số: 0125/KH-UBND', '|'].join('\n'));
    expect(layout!.layout).toBe(true);
  });
});

describe('readTableRows', () => {
  const row = (line: number, ...cells: string[]) => ({ line, cells });
  it('lines up group rows, rows without their number and rows short of cells, with ids from the table’s numbering', () => {
    const rows = readTableRows('bang1', ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'], [
      row(1, 'I', 'HOÀN THIỆN THỂ CHẾ'),
      row(2, '1', 'Rà soát', 'Sở Tài chính', 'Các sở', 'Quý IV/2025'),
      row(3, 'Sao lưu dữ liệu', 'Sở Khoa học và Công nghệ'),
      row(4, '', 'II. Xã hội số'),
      row(5, '', '1', 'Phủ sóng 5G', 'Sở Khoa học và Công nghệ', '', ''),
    ], referenceData.agencyHead);
    expect(rows.map((read) => [read.id, read.groupRow, read.merged, read.row.cells])).toEqual([
      ['bang1-i', true, [2, 3, 4], ['I', 'HOÀN THIỆN THỂ CHẾ', '', '', '']],
      ['bang1-i-h1', false, [], ['1', 'Rà soát', 'Sở Tài chính', 'Các sở', 'Quý IV/2025']],
      ['bang1-i-h1-2', false, [0, 3, 4], ['', 'Sao lưu dữ liệu', 'Sở Khoa học và Công nghệ', '', '']],
      ['bang1-ii', true, [2, 3, 4], ['II', 'Xã hội số', '', '', '']],
      ['bang1-ii-h1', false, [], ['1', 'Phủ sóng 5G', 'Sở Khoa học và Công nghệ', '', '']],
    ]);
  });

  it('stands the cells of a row short of them where they read best: the work and its deadline after merged agencies (20-thu-tuong-2530, Phụ lục I)', () => {
    const header = ['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành'];
    const rows = readTableRows('bang1', header, [
      row(1, '1', 'Bộ Nông nghiệp và Môi trường', '- Bộ Xây dựng;', 'Hoàn thiện hệ thống chính sách', '- Hoàn thiện Nghị định về xử lý vi phạm hành chính.', '- Nghị định được ban hành.', 'Ban hành trong quý I năm 2026.'),
      row(2, '- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải.', '- Bộ công cụ kiểm kê khí thải được ban hành.', 'Giai đoạn 2026 - 2027.'),
    ], referenceData.agencyHead);
    expect(rows[1]!.merged).toEqual([0, 1, 2, 3]);
    expect(rows[1]!.row.cells.slice(4)).toEqual(['- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải.', '- Bộ công cụ kiểm kê khí thải được ban hành.', 'Giai đoạn 2026 - 2027.']);
  });
});

describe('rules', () => {
  const head = referenceData.agencyHead;
  const collective = referenceData.collectiveHead;
  it('reads who leads from inside a task’s own text', () => {
    expect(readInlineAssignment('Trên cơ sở kết quả kiểm tra, giao Sở Y tế thành lập đoàn kiểm tra.', head, collective)).toEqual({ lead: ['Sở Y tế'], support: [] });
    expect(readInlineAssignment('Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi.', head, collective)).toEqual({
      lead: ['Công an tỉnh'],
      support: ['Văn phòng UBND tỉnh'],
    });
    expect(readInlineAssignment('Hoàn thiện cơ chế giao quyền tự chủ cho các trường.', head, collective)).toBeNull();
    expect(readInlineAssignment('Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương xét nghiệm.', head, collective)).toEqual({
      lead: ['Trung tâm Kiểm soát bệnh tật tỉnh'],
      support: [],
    });
    // A collective subject leads when the text names no other (LABELLING.md); `tổ chức đảng` is a noun here.
    expect(readInlineAssignment('Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo quán triệt.', head, collective)).toEqual({ lead: ['Các cấp ủy, tổ chức đảng'], support: [] });
  });
  it('reads a deadline inside a task’s own text', () => {
    expect(readInlineDeadline('Tổng hợp, báo cáo kết quả trước ngày 15/12/2026.')).toMatchObject({ raw: 'trước ngày 15/12/2026', end: '2026-12-15' });
    expect(readInlineDeadline('Thực hiện thường xuyên.')).toBeNull();
  });
});
