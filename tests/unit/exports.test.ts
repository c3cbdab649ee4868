import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/lib/exports/csv.ts';
import { eventOf, horizonOf } from '../../scripts/lib/exports/calendar-events.ts';
import { tablesKey } from '../../scripts/lib/exports/content-key.ts';
import { toIcs } from '../../scripts/lib/exports/ics.ts';
import { tableMaker, type TableSources } from '../../scripts/lib/exports/tables.ts';
import { readTimeframe } from '../../src/ingest/readers/timeframe.ts';
import type { DocumentFacts, Task } from '../../src/schema/index.ts';

describe('the CSV of a table', () => {
  it('starts with `\'` a text a spreadsheet would run as a formula (OWASP, CSV injection), and nothing else', () => {
    const csv = toCsv({
      headers: ['Nhiệm vụ'],
      rows: [['=HYPERLINK("http://x")'], ['+1'], ['-Mở rộng hợp tác'], ['@SUM(A1)'], ['Rà soát, sắp xếp'], [-3], [{ date: '2026-03-31' }], [{ link: '/nhiem-vu/a/b/', text: '/nhiem-vu/a/b/' }]],
    });
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1",
      "'-Mở rộng hợp tác",
      "'@SUM(A1)",
      '"Rà soát, sắp xếp"',
      '-3',
      '2026-03-31',
      '/nhiem-vu/a/b/',
    ]);
  });
});

describe('a task’s calendar event', () => {
  const document = { id: 'cao-bang-kh', title: 'Kế hoạch giai đoạn 2026 - 2030', subject: '', date: '2026-02-10' } as DocumentFacts;
  const task = (raw: string) => ({ document: 'cao-bang-kh', id: 'i-y1', text: 'Báo cáo kết quả.', path: 'I', lead: ['Sở Giáo dục và Đào tạo'], support: [], timeframe: readTimeframe(raw) }) as unknown as Task;

  it('is at the day the words give: a date, the end of a month or a quarter', () => {
    expect(eventOf(task('Trước 15/12/2026'), document, 2030, '/x/')).toMatchObject({ date: '2026-12-15' });
    expect(eventOf(task('Quý I/2026'), document, 2030, '/x/')).toMatchObject({ date: '2026-03-31' });
    expect(eventOf(task('Quý I/2026'), document, 2030, '/x/')!.until).toBeUndefined();
  });

  it('is none for a year, a period, a start, or "hằng năm" alone', () => {
    for (const raw of ['Hoàn thành trong năm 2025', 'giai đoạn 2026 - 2030', 'thực hiện hằng năm, từ năm 2026', 'Thường xuyên', 'trước năm 2030']) {
      expect(eventOf(task(raw), document, 2030, '/x/'), raw).toBeNull();
    }
  });

  it('repeats a dated yearly duty from the plan’s first year until its horizon', () => {
    expect(eventOf(task('Trước ngày 15/12 hằng năm'), document, 2030, '/x/')).toMatchObject({ date: '2026-12-15', until: '2030-12-15' });
    // Issued after this year's day: the first is next year's.
    expect(eventOf(task('Trước ngày 31/01 hằng năm'), document, 2030, '/x/')).toMatchObject({ date: '2027-01-31', until: '2030-01-31' });
    expect(eventOf(task('Trước ngày 15/12 hằng năm'), document, null, '/x/')).toMatchObject({ date: '2026-12-15', until: '2030-12-15' });
  });

  it('takes a plan’s horizon from its targets’ years and the years its title names', () => {
    expect(horizonOf(document, [2028])).toBe(2030);
    expect(horizonOf(document, [2035])).toBe(2035);
    expect(horizonOf({ ...document, title: 'Kế hoạch tuyên truyền' }, [])).toBeNull();
  });
});

describe('the tables of the exports and their keys', () => {
  const document = { id: 'cao-bang-kh', kind: 'Kế hoạch', number: '67/KH-UBND', title: 'Kế hoạch giai đoạn 2026 - 2030', subject: '', date: '2026-02-10', issuer: 'UBND tỉnh Cao Bằng' } as DocumentFacts;
  const task = (id: string, text: string) =>
    ({ document: document.id, id, path: 'III.1', text, lead: ['Sở Giáo dục và Đào tạo'], support: ['Sở Tài chính'], timeframe: readTimeframe('Quý I/2026'), reviewed: false, corrected: [] }) as unknown as Task;
  const sources = (): TableSources => ({ documentById: new Map([[document.id, document]]), indicators: new Map(), permalink: (item) => `/nhiem-vu/${item.document}/${item.id}/`, url: () => '' });
  const first = task('a', 'Rà soát, sắp xếp mạng lưới trường, lớp học.');
  const second = task('b', 'Xây dựng trường phổ thông nội trú liên cấp.');

  it('shows a task in every table that holds it as one row, the role of a list’s agency last', () => {
    const tables = sources();
    const maker = tableMaker(tables);
    const all = maker.tasks('Nhiệm vụ', [first, second]);
    const agency = maker.tasks('Chủ trì', [second], () => 'Chủ trì');
    expect(maker.tasks('Tỉnh', [second]).rows[0]).toBe(all.rows[1]);
    expect(all.rows[1]).toEqual(expect.arrayContaining(['III.1', second.text, 'Sở Giáo dục và Đào tạo', 'Sở Tài chính', { date: '2026-03-31' }, { link: '/nhiem-vu/cao-bang-kh/b/', text: '/nhiem-vu/cao-bang-kh/b/' }]));
    expect(agency.rows[0]).toEqual([...all.rows[1]!, 'Chủ trì']);
    expect(agency.headers.at(-1)).toBe('Vai trò');
  });

  it('keys a file by what its rows hold: the same for equal rows made apart, another for a cell, an order or a name changed', () => {
    const key = (tasks: Task[], name = 'Nhiệm vụ') => tablesKey([tableMaker(sources()).tasks(name, tasks)]);
    expect(key([first, second])).toBe(key([task('a', first.text), task('b', second.text)]));
    expect(key([first, task('b', `${second.text} `)])).not.toBe(key([first, second]));
    expect(key([{ ...second, lead: ['Sở Nội vụ'] }])).not.toBe(key([second]));
    expect(key([second, first])).not.toBe(key([first, second]));
    expect(key([first], 'Phối hợp')).not.toBe(key([first]));
  });
});

describe('a calendar’s text', () => {
  it('folds lines at 75 octets without splitting a character, and unfolds to what was written', () => {
    const summary = `Sở Giáo dục và Đào tạo: ${'rà soát, sắp xếp đội ngũ nhà giáo 𝟚𝟘𝟛𝟘 '.repeat(6)}`.trim();
    const ics = toIcs('Hạn ghi trong văn bản', 'Những ngày văn bản ghi rõ', [{ uid: 'a@b', date: '2026-03-31', summary, description: 'Báo cáo.', url: '/x/' }], new Date('2026-02-10T00:00:00Z'));
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line.length > 0).every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(lines.every((line) => !line.includes('\uFFFD') && !/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/u.test(line))).toBe(true);
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain(`SUMMARY:${summary.replaceAll(',', '\\,')}\r\n`);
  });
});
