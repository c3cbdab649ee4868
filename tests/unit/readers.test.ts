import { describe, expect, it } from 'vitest';
import { readInsertionPlace } from '../../src/ingest/readers/insertion-place.ts';
import { readTimeframe } from '../../src/ingest/readers/timeframe.ts';
import { agencyBeforePredicate, isBareAgency, readLeadDeclaration, splitAgencyList } from '../../src/ingest/readers/agency-list.ts';
import { recaseName, recaseTitle, subjectAfterKind } from '../../src/ingest/readers/title-case.ts';
import { boundedSlug, foldVietnamese, slugify } from '../../src/lib/fold-vietnamese.ts';
import { referenceData } from '../helpers/ingest-text.ts';

const head = referenceData.agencyHead;

describe('readTimeframe', () => {
  it.each([
    ['Quý I/2026', { start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' }],
    ['hoàn thành các nhiệm vụ trên trong Quý I/2026', { start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' }],
    ['Tháng 02/2026', { start: '2026-02-01', end: '2026-02-28', due: '2026-02-28' }],
    ['Tháng 02 đến tháng 12/2026', { start: '2026-02-01', end: '2026-12-31', due: '2026-12-31' }],
    ['Trước 15/12/2026', { end: '2026-12-15', due: '2026-12-15' }],
    ['Trước ngày 15/12 hàng năm', { recurrence: 'yearly', yearlyOn: '12-15' }],
    ['báo cáo trước ngày 31/12 hằng năm (từ năm 2026)', { start: '2026-01-01', recurrence: 'yearly', yearlyOn: '12-31' }],
    ['Hằng năm (từ năm 2026)', { start: '2026-01-01', recurrence: 'yearly' }],
    ['Hoàn thành trong năm 2025', { start: '2025-01-01', end: '2025-12-31' }],
    ['Theo năm học', { recurrence: 'school-year' }],
    ['Thường xuyên', { recurrence: 'ongoing' }],
    ['giai đoạn 2026 - 2030', { start: '2026-01-01', end: '2030-12-31' }],
  ])('reads %s', (raw, expected) => {
    const { raw: kept, ...parsed } = readTimeframe(raw);
    expect(kept).toBe(raw);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined))).toEqual(expected);
  });

  it('keeps an impossible date raw rather than inventing one', () => {
    expect(readTimeframe('Tháng 13/2026')).toEqual({ raw: 'Tháng 13/2026', start: undefined, end: undefined });
  });
});

describe('splitAgencyList', () => {
  it('splits a table cell of bulleted agencies', () => {
    expect(splitAgencyList('- Các CSGD; - UBND các xã, phường.', head)).toEqual(['Các CSGD', 'UBND các xã, phường']);
  });
  it('keeps commas that are part of one name', () => {
    expect(splitAgencyList('Sở Văn hóa, Thể thao và Du lịch', head)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(splitAgencyList('các sở, ban, ngành, đơn vị và địa phương', head)).toEqual(['Các sở, ban, ngành, đơn vị và địa phương']);
  });
  it('splits where a new agency name begins', () => {
    expect(splitAgencyList('Sở Giáo dục và Đào tạo, các sở, ngành, cơ quan và UBND xã, phường', head)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Các sở, ngành, cơ quan',
      'UBND xã, phường',
    ]);
  });
});

describe('readLeadDeclaration', () => {
  it('reads a sub-item heading with lead and support', () => {
    expect(
      readLeadDeclaration('Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị và địa phương tham mưu cho UBND tỉnh', head),
    ).toEqual({ lead: ['Sở Tài chính'], support: ['Các sở, ban, ngành, đơn vị và địa phương'], action: 'tham mưu cho UBND tỉnh' });
  });
  it('drops `Đề nghị` and keeps a comma inside the name', () => {
    expect(readLeadDeclaration('Đề nghị Báo và Phát thanh, Truyền hình Cao Bằng chủ trì, phối hợp với các sở, ban, ngành', head)?.lead).toEqual([
      'Báo và Phát thanh, Truyền hình Cao Bằng',
    ]);
  });
  it('reads several leads and drops `theo chức năng, nhiệm vụ`', () => {
    expect(
      readLeadDeclaration('Sở Khoa học và Công nghệ, Công an tỉnh theo chức năng, nhiệm vụ chủ trì, phối hợp với các sở, ban, ngành', head)?.lead,
    ).toEqual(['Sở Khoa học và Công nghệ', 'Công an tỉnh']);
  });
  it('is not fooled by a task that starts with a verb', () => {
    expect(readLeadDeclaration('Chủ trì, phối hợp với các đơn vị có liên quan triển khai', head)).toBeNull();
  });
});

describe('agency names', () => {
  it('cuts the agency before its verb, not at the noun `tổ chức`', () => {
    expect(agencyBeforePredicate('Các đảng ủy trực thuộc Tỉnh ủy tổ chức nghiên cứu, quán triệt')?.agency).toBe('Các đảng ủy trực thuộc Tỉnh ủy');
    expect(agencyBeforePredicate('Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội chỉ đạo')?.agency).toBe(
      'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
    );
  });
  it('tells a bare agency heading from a task group heading', () => {
    expect(isBareAgency('Sở Văn hóa, Thể thao và Du lịch', head)).toBe(true);
    expect(isBareAgency('Công an tỉnh', head)).toBe(true);
    expect(isBareAgency('Hội nhập quốc tế trong giáo dục và đào tạo', head)).toBe(false);
    expect(isBareAgency('Tăng cường công tác lãnh đạo, chỉ đạo', head)).toBe(false);
  });
});

describe('titles', () => {
  it('takes the casing of an all-capitals title from the body when the body repeats it', () => {
    expect(recaseTitle('KẾ HOẠCH SỐ 43-KH/TU CỦA TỈNH ỦY CAO BẰNG', ['… theo Kế hoạch số 43-KH/TU của Tỉnh ủy Cao Bằng (gọi tắt)'], [])).toBe(
      'Kế hoạch số 43-KH/TU của Tỉnh ủy Cao Bằng',
    );
  });
  it('falls back to sentence case, keeping codes and province names', () => {
    expect(recaseTitle('TRIỂN KHAI NGHỊ QUYẾT 71-NQ/TW TẠI CAO BẰNG', [], referenceData.provinces)).toBe(
      'Triển khai nghị quyết 71-NQ/TW tại Cao Bằng',
    );
  });
  it('gives each run of a title’s words the casing the body writes it in mid-sentence (corpus: 05-dak-lak-0125, 18-ho-chi-minh-2820)', () => {
    const body = [
      'Căn cứ Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;',
      'Để tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, các cơ quan triển khai như sau.',
    ].join('\n');
    expect(recaseTitle('TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND', [body], [])).toBe(
      'Triển khai Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND',
    );
  });
  it('keeps as printed a word that cannot be a Vietnamese syllable: an abbreviation or a numeral', () => {
    expect(recaseTitle('TUYỂN SINH THPT CỦA UBND VÀ HĐND KHÓA XVI', [], [])).toBe('Tuyển sinh THPT của UBND và HĐND khóa XVI');
    expect(recaseName('UBND TỈNH CAO BẰNG', [], referenceData.provinces)).toBe('UBND tỉnh Cao Bằng');
  });
  it('does not take a word’s casing from inside a longer name, nor from the start of a sentence', () => {
    const body = 'Sở Giáo dục và Đào tạo chủ trì các nhiệm vụ phát triển; đổi mới giáo dục và đào tạo.\nPhát triển đội ngũ.';
    expect(recaseTitle('PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO', [body], [])).toBe('Phát triển giáo dục và đào tạo');
  });
  it('puts a body’s name in sentence case unless the text writes the whole name', () => {
    // The plan writes `Nhân dân` for the people: not a reason to write `Ủy ban Nhân dân`.
    expect(recaseName('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', ['hỗ trợ cho Nhân dân bị ảnh hưởng'], referenceData.provinces)).toBe('Ủy ban nhân dân tỉnh Đắk Lắk');
  });
  it('lowers the verb that follows the kind, not a document name', () => {
    expect(subjectAfterKind('Thực hiện Kế hoạch số 43-KH/TU', '')).toBe('thực hiện Kế hoạch số 43-KH/TU');
    expect(subjectAfterKind('Kế hoạch số 43-KH/TU ngày 15/12/2025', 'kế hoạch')).toBe('Kế hoạch số 43-KH/TU ngày 15/12/2025');
  });
});

describe('foldVietnamese', () => {
  it('removes tone marks and maps đ to d', () => {
    expect(foldVietnamese('Đào tạo, đường, Sở Tài chính')).toBe('Dao tao, duong, So Tai chinh');
    expect(slugify('Sở Giáo dục và Đào tạo')).toBe('so-giao-duc-va-dao-tao');
    expect(slugify('281/NQ-CP')).toBe('281-nq-cp');
  });
  it('keeps a slug short enough for a folder name, and two long names that share their start apart', () => {
    const long = 'Văn phòng Tỉnh ủy và các Ban xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh';
    expect(boundedSlug('Sở Tài chính')).toBe('so-tai-chinh');
    expect(boundedSlug(long)).toMatch(/^van-phong-tinh-uy-va-cac-ban-xay-dung-dang-[a-z0-9-]*-[0-9a-f]{8}$/u);
    expect(boundedSlug(long).length).toBeLessThanOrEqual(80);
    expect(boundedSlug(`${long} tỉnh Nghệ An`)).not.toBe(boundedSlug(long));
  });
});

describe('readInsertionPlace', () => {
  it('reads the place an amendment changes as the path tasks carry, from the part down', () => {
    expect(readInsertionPlace('Bổ sung gạch đầu dòng thứ ba vào điểm 2.4 khoản 2 mục III như sau:')).toBe('III.2.4');
    expect(readInsertionPlace('Bổ sung điểm 2.5 vào khoản 2 mục III như sau:')).toBe('III.2');
    expect(readInsertionPlace('Sửa đổi điểm a khoản 3 mục II như sau:')).toBe('II.3.a');
    expect(readInsertionPlace('Bổ sung nhiệm vụ sau vào khoản 3, mục III Kế hoạch số 45/KH-UBND:')).toBe('III.3');
    expect(readInsertionPlace('Sửa đổi tiết 1.2.3 điểm 1.2 khoản 1 Mục IV như sau:')).toBe('IV.1.2.3');
  });

  it('names no place when the instruction names none, or two that do not nest', () => {
    expect(readInsertionPlace('Sửa đổi, bổ sung một số nội dung của Kế hoạch số 45/KH-UBND như sau:')).toBeNull();
    expect(readInsertionPlace('Sửa đổi điểm 2.4 khoản 3 mục III như sau:')).toBeNull();
    expect(readInsertionPlace('Sửa đổi mục II và mục III như sau:')).toBeNull();
  });
});
