import { readFieldLine } from '../../src/ingest/readers/field-line.ts';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/ingest/patterns/syllable.ts';
import * as numbering from '../../src/ingest/patterns/numbering.ts';
import * as header from '../../src/ingest/patterns/document-header.ts';
import * as citations from '../../src/ingest/patterns/citations.ts';
import * as taskLines from '../../src/ingest/patterns/task-lines.ts';
import * as timeframe from '../../src/ingest/patterns/timeframe.ts';
import * as targets from '../../src/ingest/patterns/targets.ts';
import * as sentences from '../../src/ingest/patterns/sentences.ts';
import { SECTION_ROLES, SUBPART_ROLES } from '../../src/ingest/patterns/sections.ts';
import { TABLE_COLUMNS, columnKinds } from '../../src/ingest/patterns/table-columns.ts';
import { LEGACY_ENCODINGS } from '../../src/ingest/patterns/encodings.ts';

/** Each named pattern against a line taken from a seed, and one it must not take. */
const groups = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.groups;
};

describe('numbering patterns', () => {
  it('reads every numbering style of the seeds', () => {
    expect(groups(numbering.ROMAN_NUMBERING, 'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU')).toMatchObject({ label: 'III.', value: 'III' });
    expect(groups(numbering.ROMAN_NUMBERING, 'XXXVIII. PHẦN BA MƯƠI TÁM')).toMatchObject({ value: 'XXXVIII' });
    expect(numbering.ROMAN_NUMBERING.test('IIII. không phải số La Mã')).toBe(false);
    expect(groups(numbering.DECIMAL_NUMBERING, '2.4. Sở Giáo dục và Đào tạo chủ trì')).toMatchObject({ label: '2.4.', value: '2.4' });
    expect(groups(numbering.DECIMAL_NUMBERING, '2.3 Tầm nhìn đến năm 2045')).toMatchObject({ label: '2.3', value: '2.3' });
    expect(groups(numbering.ARABIC_NUMBERING, '1. Mục đích')).toMatchObject({ label: '1.', value: '1' });
    expect(groups(numbering.LETTER_NUMBERING, 'a) Phòng Giáo dục Phổ thông và Mầm non')).toMatchObject({ value: 'a' });
    expect(groups(numbering.ORDINAL_NUMBERING, 'Thứ sáu, đối với ngành giáo dục:')).toMatchObject({ label: 'Thứ sáu,', value: 'sáu' });
    expect(groups(numbering.TEXT_BULLET, '• Chỉ đạo các cơ sở')).toMatchObject({ label: '•' });
    expect(groups(numbering.LIST_MARKER, '10. Học đi đôi với hành')).toMatchObject({ marker: '10.' });
  });
  it('does not read numbers in running text as numbering', () => {
    expect(numbering.ARABIC_NUMBERING.test('2030 là năm mục tiêu')).toBe(false);
    expect(numbering.DECIMAL_NUMBERING.test('20.000 lao động')).toBe(false);
    expect(numbering.ROMAN_NUMBERING.test('Internet, ...)')).toBe(false);
  });
});

describe('header, signature and recipients', () => {
  it('reads a number left blank and a date whose day is blank', () => {
    expect(groups(header.DOCUMENT_NUMBER_LINE, 'Số: /KH-UBND')).toMatchObject({ digits: undefined, symbol: 'KH-UBND' });
    expect(groups(header.DOCUMENT_NUMBER_LINE, 'Số: 43-KH/TU')).toMatchObject({ digits: '43', symbol: 'KH/TU' });
    expect(groups(header.PLACE_DATE_LINE, 'Cao Bằng, ngày tháng 02 năm 2026')).toMatchObject({
      place: 'Cao Bằng',
      day: undefined,
      month: '02',
      year: '2026',
    });
    expect(groups(header.PLACE_DATE_LINE, 'Hà Tĩnh, ngày 05/12/2025')).toMatchObject({ place: 'Hà Tĩnh', dd: '05', mm: '12', yyyy: '2025' });
  });
  it('reads the closing lines', () => {
    expect(header.RECIPIENTS_LABEL.test('Nơi nhận:')).toBe(true);
    expect(groups(header.SIGNATURE_CAPACITY, 'TM. ỦY BAN NHÂN DÂN')).toMatchObject({ mode: 'TM.' });
    expect(groups(header.SIGNATURE_CAPACITY, 'T/M BAN THƯỜNG VỤ')).toMatchObject({ mode: 'T/M' });
    expect(header.PERSON_NAME.test('Triệu Thị Thu Hoài')).toBe(true);
    expect(header.PERSON_NAME.test('PHÓ BÍ THƯ')).toBe(false);
    expect(header.END_OF_TEXT_MARK.test('báo cáo UBND tỉnh (qua Sở Giáo dục và Đào tạo) để xem xét, chỉ đạo./.')).toBe(true);
  });
  it('finds who issues a document in its preamble', () => {
    const issuers = [
      ...'…(Hướng dẫn số 10-HD/BTGDVTU), Sở Giáo dục và Đào tạo (GDĐT) ban hành Kế hoạch tổ chức tuyên truyền'.matchAll(
        header.ISSUING_CLAUSE,
      ),
    ].map((match) => match.groups!.issuer);
    expect(issuers).toEqual(['Sở Giáo dục và Đào tạo (GDĐT)']);
  });
});

describe('citations', () => {
  it('reads party and state document numbers', () => {
    const text = 'Nghị quyết số 281/NQ-CP …, Quyết định số 146/QĐ-TTg, Chương trình số 29-CTr/TU, Hướng dẫn số 10-HD/BTGDVTU, ngày 22/8/2025';
    expect(text.match(citations.DOCUMENT_NUMBER)).toEqual(['281/NQ-CP', '146/QĐ-TTg', '29-CTr/TU', '10-HD/BTGDVTU']);
  });
  it('reads the words around a citation', () => {
    expect(groups(citations.CITED_KIND_BEFORE, 'Thực hiện Kế hoạch số ')).toMatchObject({ kind: 'Kế hoạch' });
    expect(groups(citations.CITED_DATE_AFTER, ' ngày 22/8/2025 của Bộ Chính trị')).toMatchObject({ day: '22', month: '8', year: '2025' });
    expect(groups(citations.CITED_LONG_DATE_AFTER, ', ngày 04 tháng 11 năm 2013')).toMatchObject({ day: '04', month: '11' });
    expect(groups(citations.CITED_ISSUER_AFTER, ' của Tỉnh ủy Cao Bằng Chương trình hành động')).toMatchObject({ issuer: 'Tỉnh ủy Cao Bằng' });
    expect(groups(citations.CITED_TITLE_AFTER, ' về đột phá phát triển giáo dục và đào tạo (Nghị quyết số 71-NQ/TW)')).toMatchObject({
      plain: 'đột phá phát triển giáo dục và đào tạo',
    });
    expect(citations.IMPLEMENTS_LINK.test(' của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số ')).toBe(true);
  });
});

describe('task lines', () => {
  it('reads timeframe, lead and support lines', () => {
    expect(readFieldLine('Thời gian thực hiện: Hằng năm (từ năm 2026).')).toEqual([{ kind: 'timeframe', label: 'Thời gian thực hiện', value: 'Hằng năm (từ năm 2026).' }]);
    expect(readFieldLine('Đơn vị chủ trì: Sở Giáo dục và Đào tạo.')).toMatchObject([{ kind: 'lead', value: 'Sở Giáo dục và Đào tạo.' }]);
    expect(readFieldLine('Cơ quan phối hợp: Sở Tài chính; Sở Nội vụ')).toMatchObject([{ kind: 'support', value: 'Sở Tài chính; Sở Nội vụ' }]);
    expect(readFieldLine('Sản phẩm: Kế hoạch của UBND tỉnh')).toMatchObject([{ kind: 'detail' }]);
    expect(groups(taskLines.GROUP_TIMEFRAME, 'Bố trí kinh phí (thực hiện hằng năm, từ năm 2026)')).toMatchObject({
      value: 'thực hiện hằng năm, từ năm 2026',
    });
    expect(groups(taskLines.ADDRESSEE_CLAUSE, 'đối với ngành giáo dục: phát huy vai trò nòng cốt')).toMatchObject({ agency: 'ngành giáo dục' });
    expect(taskLines.LEADS_ITSELF.exec('Chủ trì, phối hợp với các đơn vị có liên quan triển khai')?.groups).toMatchObject({
      support: 'các đơn vị có liên quan triển khai',
    });
  });
});

describe('timeframe and target patterns', () => {
  it('reads timeframe words', () => {
    expect(groups(timeframe.QUARTER, 'Quý I/2026')).toMatchObject({ quarter: 'I', year: '2026' });
    expect(groups(timeframe.MONTH_RANGE, 'Tháng 02 đến tháng 12/2026')).toMatchObject({ from: '02', to: '12', year: '2026' });
    expect(groups(timeframe.BEFORE_DATE, 'Trước 15/12/2026')).toMatchObject({ day: '15', month: '12' });
    expect(timeframe.YEARLY.test('Hằng năm')).toBe(true);
    expect(timeframe.ONGOING.test('Thường xuyên')).toBe(true);
    expect(timeframe.SCHOOL_YEAR.test('Theo năm học')).toBe(true);
  });
  it('reads target numbers, ranges and units', () => {
    expect('đào tạo lại cho 20.000 lao động, đạt từ 0,8 trở lên'.match(targets.NUMBER)).toEqual(['20.000', '0,8']);
    expect(groups(targets.RANGE_TAIL, '-40%')).toMatchObject({ number: '40' });
    expect(groups(targets.PERCENT_UNIT, '%/năm đối với')).toMatchObject({ unit: '%/năm' });
    expect(targets.NOT_A_QUANTITY_BEFORE.test('Nghị quyết số ')).toBe(true);
    expect(groups(targets.HORIZON_YEAR, 'phấn đấu đạt từ 60% trường phổ thông đạt chuẩn quốc gia vào năm 2030')).toMatchObject({ year: '2030' });
    expect(targets.COMPARATOR_BEFORE.find(([pattern]) => pattern.test('Trên '))?.[1]).toBe('>');
  });
});

describe('sentences, sections, tables, encodings', () => {
  it('tells a page break from a sentence end', () => {
    expect(sentences.DANGLING_WORD_END.test('là sự nghiệp của')).toBe(true);
    expect(sentences.DANGLING_WORD_END.test('làm việc với ngành giáo dục')).toBe(false);
    expect(sentences.CLAUSE_END.test('… “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”;')).toBe(true);
    expect(sentences.SENTENCE_END.test('…;')).toBe(false);
  });
  it('reads the role of a part from its heading', () => {
    const role = (heading: string) => SECTION_ROLES.find(([pattern]) => pattern.test(heading))?.[1];
    expect(role('nhiem vu, giai phap chu yeu')).toBe('tasks');
    expect(role('to chuc thuc hien')).toBe('organization');
    expect(role('ke hoach, thoi gian cu the')).toBe('schedule');
  });
  it('maps table columns', () => {
    expect(TABLE_COLUMNS.lead.test('Đơn vị chủ trì')).toBe(true);
    expect(TABLE_COLUMNS.timeframe.test('Thời gian thực hiện')).toBe(true);
    expect(TABLE_COLUMNS.number.test('TT')).toBe(true);
  });
  it('recognises a word of each legacy encoding', () => {
    const [tcvn3, vni, windows1258] = LEGACY_ENCODINGS;
    expect('KÕ ho¹ch ph¸t'.match(tcvn3!.word)).toEqual(['ho¹ch', 'ph¸t']);
    expect('Keá hoaïch'.match(vni!.word)).toEqual(['hoaïch']);
    expect('Kê\u00ECho'.match(windows1258!.word)).toEqual(['Kê\u00ECho']);
  });
});

// Lines of the corpus (tests/corpus/) the rules of issue 19 read.
describe('the patterns of the corpus layouts', () => {
  it('reads an article of a decision and a number a line wrap cut', () => {
    expect(groups(numbering.ARTICLE_NUMBERING, 'Điều 1. Phê duyệt “Kế hoạch hành động quốc gia…” với các nội dung chủ yếu sau:')).toMatchObject({ value: '1' });
    expect(numbering.ARTICLE_NUMBERING.test('Điều chỉnh, bổ sung một số nội dung')).toBe(false);
    expect('Chương trình hành động số 10- CTr/TU ngày 13/8/2025'.replace(citations.BROKEN_NUMBER, '$1').match(citations.DOCUMENT_NUMBER)).toEqual(['10-CTr/TU']);
    expect('Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị quyết số 66.2/2025/NQ-CP'.match(citations.DOCUMENT_NUMBER)).toEqual(['72/2025/QH15', '66.2/2025/NQ-CP']);
    expect('ngày 30/6/2022 và 15/12'.match(citations.DOCUMENT_NUMBER)).toBeNull();
  });

  it('reads the timeframe a line, a period or a frequency gives', () => {
    expect(readFieldLine('Thời gian tổ chức phong trào thi đua: Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm 2025.')).toMatchObject([
      { kind: 'timeframe', value: 'Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm 2025.' },
    ]);
    expect(taskLines.TIMEFRAME_HEADING.test('Thời gian thực hiện:')).toBe(true);
    expect(groups(timeframe.PERIOD_IN_PARENTHESES, 'Rà soát, cải cách thủ tục hành chính trong lĩnh vực quy hoạch (2027 - 2030).')).toMatchObject({ value: '2027 - 2030' });
    expect(timeframe.PERIOD_IN_PARENTHESES.test('đạt dưới 40 μg/m3 (giảm 20% so với mức trung bình năm 2024) tại các điểm đo')).toBe(false);
    expect(groups(timeframe.PERIOD_IN_HEADING, 'Kế hoạch phát triển giai đoạn 2026 - 2030')).toMatchObject({ from: '2026', to: '2030' });
    expect(timeframe.FREQUENCY.exec('Thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ')?.[0]).toBe('định kỳ hằng quý');
    expect(timeframe.FREQUENCY.test('Tăng cường hợp tác quốc tế')).toBe(false);
  });

  it('reads who works with whom, duties announced and duties given by reference', () => {
    expect(groups(taskLines.SUPPORT_PHRASE, 'Trên cơ sở đề xuất, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định')).toMatchObject({ agencies: 'các đơn vị liên quan thẩm định' });
    expect(taskLines.SUPPORT_PHRASE.test('Chủ động đề xuất các nhu cầu')).toBe(false);
    expect(taskLines.DUTIES_LEAD_IN.test('Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:')).toBe(true);
    expect(taskLines.DUTIES_LEAD_IN.test('Ủy ban nhân dân các tỉnh chịu trách nhiệm toàn diện…, cụ thể:')).toBe(true);
    expect(taskLines.DUTIES_LEAD_IN.test('Tăng cường giáo dục toàn diện đức, trí, thể, mỹ:')).toBe(false);
    expect(taskLines.EXAMPLES_LEAD_IN.test('Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:')).toBe(true);
    expect(taskLines.EXAMPLES_LEAD_IN.test('…phấn đấu triển khai phát triển trạm 4G, 5G, cụ thể như sau:')).toBe(false);
    expect(groups(taskLines.CROSS_REFERENCE, 'Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục của Kế hoạch.')).toMatchObject({ parts: '(IV) (4.1) (4.2) ' });
    expect(taskLines.CROSS_REFERENCE.test('nghiên cứu, tham mưu triển khai các nội dung Kế hoạch (trọng tâm là mục III)')).toBe(false);
    expect(taskLines.RESPONSIBILITY_VERB.test('có trách nhiệm thực hiện nghiêm túc')).toBe(true);
    expect(taskLines.ASSIGNMENT_ANNEX.test('bang phan cong thuc hien cac nhiem vu, giai phap tai ke hoach hanh dong')).toBe(true);
    expect(taskLines.ASSIGNMENT_ANNEX.test('nhiem vu cua cac so, ban, nganh, phuong, xa, dac khu')).toBe(false);
  });

  it('reads what a number counts and whether a goal commits to it', () => {
    expect(groups(targets.OPEN_UNIT, ' trạm (Trong đó: VNPT: 25 trạm')).toMatchObject({ unit: 'trạm' });
    expect(groups(targets.OPEN_UNIT, ' μg/m3 (giảm 20%')).toMatchObject({ unit: 'μg/m3' });
    expect(groups(targets.OPEN_UNIT, '/100.000 trẻ sinh ra còn sống')).toMatchObject({ unit: '/100.000 trẻ sinh ra còn' });
    expect(targets.NOT_A_UNIT.test('buổi/ngày')).toBe(true);
    expect(targets.NOT_A_UNIT.test('trạm')).toBe(false);
    expect(targets.GOAL_BEFORE.test('Lắp đặt mới trạm 3G/4G: ')).toBe(true);
    expect(targets.GOAL_BEFORE.test('Hình thành ít nhất 100 doanh nghiệp khởi nghiệp, ')).toBe(true);
    expect(targets.GOAL_BEFORE.test('Đầu tư ')).toBe(true);
    expect(targets.GOAL_BEFORE.test('Đối với các xã, phường: Nếu có từ ')).toBe(false);
    expect([...'có ít nhất một cơ sở y tế, 4/100.000 trẻ'.matchAll(targets.NUMBER)].map((match) => match[0])).toEqual(['một', '4']);
  });

  it('maps the headings of task tables whatever words they use', () => {
    expect(columnKinds(['STT', 'Cơ quan chủ trì[1]', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động[1]', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành'])).toEqual([
      'number',
      'lead',
      'support',
      'group',
      'content',
      'result',
      'timeframe',
    ]);
    expect(columnKinds(['TT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Đơn vị thực hiện', 'Tình trạng', 'Tiến độ', 'Nguồn lực thực hiện'])).toEqual([
      'number',
      'name',
      'content',
      'lead',
      'status',
      'timeframe',
      'resources',
    ]);
  });

  it('reads a sub-part labelled for another purpose than its part', () => {
    const role = (text: string) => SUBPART_ROLES.find(([pattern]) => pattern.test(text))?.[1];
    expect(role('kinh phi thuc hien')).toBe('funding');
    expect(role('hien trang')).toBe('background');
    expect(role('noi dung thi dua')).toBe('content');
    expect(role('phan cong trach nhiem')).toBe('organization');
  });
});

describe('isVietnameseSyllable', () => {
  it('knows a syllable from a code or an unreadable font’s letters', () => {
    expect(['Nghị', 'quyết', 'trường', 'Đảng'].filter(isVietnameseSyllable)).toEqual(['Nghị', 'quyết', 'trường', 'Đảng']);
    expect(['HĐND', 'XVI', 'CÔNG7', 'Ѭ'].filter(isVietnameseSyllable)).toEqual([]);
  });
});
