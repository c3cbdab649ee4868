import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { elements, readSitePages } from '../../scripts/lib/site-pages.ts';
import { exportPaths } from '../../src/lib/export-paths.ts';
import { collectiveGroupsOf } from '../../src/lib/collective-groups.ts';
import { CollectiveGroupsSchema, type Agency } from '../../src/schema/index.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { dist, projectDir } from './helpers.ts';

// Issue 13.1–2: the tasks as CSV and Excel, deadlines as a calendar, read back by the libraries cadres' tools are built on.
interface ApiTask {
  id: string;
  document: string;
  text: string;
  permalink: string;
  leadIds: string[];
  supportIds: string[];
  timeframe: { raw: string; start?: string; end?: string; recurrence?: string; due?: string; yearlyOn?: string } | null;
}
const tasks = JSON.parse(readFileSync(join(dist, 'api/tasks.json'), 'utf8')) as ApiTask[];
const file = (path: string, extension: string) => join(dist, `${path}.${extension}`);
const HEADERS = ['Văn bản', 'Tỉnh', 'Mục', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian (nguyên văn)', 'Bắt đầu', 'Hạn', 'Liên kết', 'Cách đọc'];
const AGENCY = 'cao-bang-so-giao-duc-va-dao-tao';
// A calendar holds the days the texts give: a date, a month's or a quarter's end (`due`), a day of every year.
const dated = (list: ApiTask[]) => list.filter((task) => task.timeframe?.due ?? task.timeframe?.yearlyOn);
// An agency's files hold the tasks that name it; what is given to a collective group it belongs to is in the group's (issue 13.4).
const agencies = JSON.parse(readFileSync(join(dist, 'api/agencies.json'), 'utf8')) as Agency[];
const rules = CollectiveGroupsSchema.parse(JSON.parse(readFileSync(join(projectDir, 'data/collective-groups.json'), 'utf8')));
const groups = collectiveGroupsOf(agencies, rules).get(AGENCY) ?? [];
const names = (task: ApiTask, id: string) => task.leadIds.includes(id) || task.supportIds.includes(id);
const named = tasks.filter((task) => names(task, AGENCY));
// A duty under an agency's heading is one row, its part saying it is a responsibility too (issue 33.3).
const responsibilities = new Set((JSON.parse(readFileSync(join(dist, 'api/responsibilities.json'), 'utf8')) as Array<{ document: string; id: string }>).map((record) => `${record.document}#${record.id}`));
const partOf = (task: ApiTask, part: string) => (responsibilities.has(`${task.document}#${task.id}`) ? `${part}, trách nhiệm` : part);

describe('the CSV of every task', () => {
  const bytes = readFileSync(file(exportPaths.tasks(), 'csv'));
  const rows = parseCsv(bytes, { bom: true, relax_column_count: false }) as string[][];

  it('is UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), one row per task under the headers', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/\r\n$/u);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(tasks.length + 1);
  });

  it('keeps each task’s words, quotes and commas included, with its timeframe read and its permanent address', () => {
    const byLink = new Map(rows.slice(1).map((row) => [row[9], row]));
    for (const task of tasks) {
      const row = byLink.get(task.permalink)!;
      // A text a spreadsheet would run as a formula starts with `'` (OWASP, CSV injection).
      expect(row[3]).toBe(/^[=+\-@\t\r]/u.test(task.text) ? `'${task.text}` : task.text);
      expect(row[6]).toBe(task.timeframe?.raw ?? '');
      expect(row[8]).toBe(task.timeframe?.end ?? '');
    }
  });
});

describe('the files of an agency', () => {
  it('has a workbook whose sheets have a frozen bold header row with filters, set widths, wrapped text; the tasks it leads, then those it supports', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file(exportPaths.agency(AGENCY), 'xlsx'));
    const [led, supported] = workbook.worksheets;
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    expect((led!.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADERS, 'Vai trò']);
    expect(led!.getColumn(4).width).toBeGreaterThanOrEqual(60);
    expect(led!.getCell('D2').alignment?.wrapText).toBe(true);
    const links = (sheet: ExcelJS.Worksheet) => Array.from({ length: sheet.rowCount - 1 }, (_, index) => (sheet.getCell(index + 2, 10).value as { hyperlink: string }).hyperlink);
    expect(new Set(links(led!))).toEqual(new Set(named.filter((task) => task.leadIds.includes(AGENCY)).map((task) => task.permalink)));
    expect(new Set(links(supported!))).toEqual(new Set(named.filter((task) => !task.leadIds.includes(AGENCY)).map((task) => task.permalink)));
  });

  it('has a CSV of every task that names it, its part in each last', () => {
    const rows = parseCsv(readFileSync(file(exportPaths.agency(AGENCY), 'csv')), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...HEADERS, 'Vai trò']);
    expect(rows).toHaveLength(named.length + 1);
    const roles = new Map(rows.slice(1).map((row) => [row[9], row[11]]));
    for (const task of named) expect(roles.get(task.permalink)).toBe(partOf(task, task.leadIds.includes(AGENCY) ? 'Chủ trì' : 'Phối hợp'));
    expect([...roles.values()].some((role) => role?.endsWith(', trách nhiệm'))).toBe(true);
  });

  it('links, in the agency page’s section of tasks given to its groups, each group’s table and calendar', () => {
    const page = readSitePages(dist).find((candidate) => candidate.path === `/co-quan/${AGENCY}/`)!;
    const links = elements(page, (element) => element.name === 'a' && /\.(?:xlsx|csv|ics)$/u.test(element.attribs.href ?? '')).map((element) => element.attribs.href);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      for (const extension of ['xlsx', 'csv', 'ics']) expect(readFileSync(file(exportPaths.agency(group.id), extension)).length).toBeGreaterThan(100);
      for (const extension of ['xlsx', 'csv']) expect(links).toContain(`/${exportPaths.agency(group.id)}.${extension}`);
      // A calendar is offered where it holds a day; one that would be empty is said to be (issue 33.5).
      const calendar = `/${exportPaths.agency(group.id)}.ics`;
      if (dated(tasks.filter((task) => names(task, group.id))).length > 0) expect(links).toContain(calendar);
      else expect(links).not.toContain(calendar);
    }
  });
});

describe('the deadline calendar', () => {
  const eventsOf = (path: string) => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file(path, 'ics'), 'utf8')));
    return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  };

  it('parses as RFC 5545 with one all-day event per task with a day the text gives, the permalink as URL', () => {
    const events = eventsOf(exportPaths.tasks());
    expect(events).toHaveLength(dated(tasks).length);
    expect(dated(tasks).length).toBeGreaterThan(0);
    const byUrl = new Map(events.map((event) => [String(event.component.getFirstPropertyValue('url')), event]));
    for (const task of dated(tasks)) {
      const event = byUrl.get(task.permalink)!;
      expect(event.startDate.isDate).toBe(true);
      if (task.timeframe!.due) expect(event.startDate.toString()).toBe(task.timeframe!.due);
      expect(event.isRecurring()).toBe(task.timeframe!.due === undefined);
    }
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('holds for an agency only the tasks it leads or supports', () => {
    expect(new Set(eventsOf(exportPaths.agency(AGENCY)).map((event) => String(event.component.getFirstPropertyValue('url'))))).toEqual(
      new Set(dated(named).map((task) => task.permalink)),
    );
  });
});

describe('the download links', () => {
  const pages = readSitePages(dist);
  const linksOn = (path: string) =>
    elements(pages.find((page) => page.path === path)!, (element) => element.name === 'a' && /\.(?:xlsx|csv|ics)$/u.test(element.attribs.href ?? '')).map(
      (link) => ({ href: link.attribs.href!, text: link.children.map((child) => ('data' in child ? child.data : '')).join('') }),
    );

  it.each([
    [`/co-quan/${AGENCY}/`, exportPaths.agency(AGENCY), true],
    ['/tinh/cao-bang/', exportPaths.region('cao-bang'), false],
    ['/cao-bang-kh-ubnd-2026-02/', exportPaths.document('cao-bang-kh-ubnd-2026-02'), false],
    ['/so-sanh/the-che/', exportPaths.theme('the-che'), false],
    ['/chi-tieu/', exportPaths.targets(), false],
  ])('on %s offer “Tải Excel” and the CSV of the list (and the calendar on an agency page)', (page, path, calendar) => {
    const links = linksOn(page);
    expect(links).toContainEqual({ href: `/${path}.xlsx`, text: 'Tải Excel' });
    expect(links.map((link) => link.href)).toContain(`/${path}.csv`);
    if (calendar) expect(links).toContainEqual({ href: `/${path}.ics`, text: 'Thêm vào lịch' });
  });
});

describe('the download buttons in Chromium', () => {
  const session = useBrowserAndSite(dist);

  it('downloads the agency’s workbook and calendar', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/co-quan/${AGENCY}/`);
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải Excel', exact: true }).click()]);
    expect(workbook.suggestedFilename()).toBe(`${AGENCY}.xlsx`);
    const response = await page.request.get(`${session.origin}/${exportPaths.agency(AGENCY)}.ics`);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    await page.close();
  });
});
