/**
 * The open data in the forms cadres work with, written beside the JSON of
 * dist/api/ from it: a CSV (UTF-8 with BOM) and an Excel workbook of the
 * tasks, for all, each agency, each province, each document and each theme,
 * and of the targets; a deadline calendar (.ics) for all and each agency.
 *
 * An agency's workbook has a sheet for each part of its to-do: the tasks it
 * leads, those it supports, those given to a collective group it belongs to
 * (`Các sở, ban, ngành`), its responsibilities and the targets in them; its
 * CSV and calendar hold the tasks that name it, its part in each last.
 * A calendar holds only the days the texts give (see calendar-events.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathOption, optionalPathOption } from './lib/cli-options.ts';
import { readOpenDataIn, readReviewed } from './lib/open-data.ts';
import { toCsv } from './lib/exports/csv.ts';
import { toIcs, type CalendarEvent } from './lib/exports/ics.ts';
import { writeWorkbook } from './lib/exports/xlsx.ts';
import { NO_FILE_CACHE, openFileCache } from './lib/exports/file-cache.ts';
import { parserVersion } from '../src/ingest/parse-cache.ts';
import { eventOf, horizonOf } from './lib/exports/calendar-events.ts';
import { tableMaker, type Table } from './lib/exports/tables.ts';
import { digestOf, tablesKey } from './lib/exports/content-key.ts';
import { exportPaths } from '../src/lib/export-paths.ts';
import { regionOfDocument } from '../src/lib/regions.ts';
import { slugify } from '../src/lib/fold-vietnamese.ts';
import { deadlineKey } from '../src/lib/format.ts';
import { groupBy, groupByEach } from '../src/lib/group-by.ts';
import { kindRecords, recordsOf, unitedRecords, type AgencyRecords } from '../src/lib/agency-index.ts';
import { siteData } from '../src/lib/site-data/index.ts';
import { IndicatorSchema, ThemeTaxonomySchema, z, type OpenData, type Responsibility, type Target, type Task } from '../src/schema/index.ts';

const dist = pathOption('--dist', 'dist');
const projectDir = fileURLToPath(new URL('..', import.meta.url));
// With --cache DIR, a file holding what one of the previous build's held is copied from there rather than written,
// keyed by its rows or events and by the version of the code and data writing it.
const cacheDir = optionalPathOption('--cache');
const keptFiles = cacheDir
  ? openFileCache(
      cacheDir,
      parserVersion(projectDir, ['scripts/export-tables.ts', 'scripts/lib/exports', 'src/lib', 'src/schema', 'package-lock.json', 'data'].map((path) => join(projectDir, path))),
    )
  : NO_FILE_CACHE;
const readData = <T>(name: string, schema: z.ZodType<T>): T => schema.parse(JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')));
// The records joined as the site joins them (one agency index for the pages and the files).
// --open-data DIR: the records from there rather than <dist>/api/ (the build's copy, written before the site is).
const site = siteData(readOpenDataIn(pathOption('--open-data', join(dist, 'api'))), readReviewed(projectDir));
const { documents, tasks, targets, agencies, documentById } = site;
const { themes } = readData('themes.json', ThemeTaxonomySchema);
const indicators = new Map(readData('indicators.json', z.array(IndicatorSchema)).map((indicator) => [indicator.key, indicator]));
// With SITE_URL set, a spreadsheet's links open the site; without it they are site-relative paths.
const absolute = (path: string) => (process.env.SITE_URL ? new URL(path, process.env.SITE_URL).href : path);
const permalinkOf = (task: Task) => absolute((task as OpenData['tasks'][number]).permalink!);
const urlOf = (record: Responsibility | Target) => absolute((record as OpenData['targets' | 'responsibilities'][number]).url);
// The same data gives the same files (the build is reproducible): a file's time stamp is that of the newest document
// it holds rows of, so that a plan added elsewhere leaves it as it was.
function stampOf(records: Array<{ document: string }>): Date {
  let newest = '2000-01-01';
  for (const { document } of records) {
    const date = documentById.get(document)?.date ?? '';
    if (date > newest && /^\d{4}-\d{2}-\d{2}$/u.test(date)) newest = date;
  }
  return new Date(`${newest}T00:00:00Z`);
}

// A duty under an agency's heading is one row, a task that is its responsibility too.
const roleOf = (task: Task, role: string) => (site.alsoResponsibility.has(`${task.document}#${task.id}`) ? `${role}, trách nhiệm` : role);
const byDeadline = (a: Task, b: Task) => deadlineKey(a.timeframe).localeCompare(deadlineKey(b.timeframe));
const tables = tableMaker({ documentById, indicators, permalink: permalinkOf, url: urlOf });
const tasksTable = (name: string, list: Task[], role?: (task: Task) => string) => tables.tasks(name, [...list].sort(byDeadline), role);
const targetYears = groupBy(targets, (target) => target.document);
const horizons = new Map(documents.map((document) => [document.id, horizonOf(document, (targetYears.get(document.id) ?? []).flatMap((target) => target.year ?? []))]));
// A task's event is the same in every calendar that holds it: made once, so that a calendar's key digests it once.
const events = new Map(
  tasks.map((task) => [task, eventOf(task, documentById.get(task.document)!, horizons.get(task.document) ?? null, permalinkOf(task))] as const),
);

let files = 0;
/** A list's CSV and workbook; `records`, what its rows are of, date the workbook. */
async function writeTables(path: string, records: Array<{ document: string }>, sheets: Table[], csv: Table = sheets[0]!): Promise<void> {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  const table = join(dist, `${path}.csv`);
  await keptFiles.place(table, `csv\n${tablesKey([csv])}`, () => writeFileSync(table, toCsv(csv)));
  const stamp = stampOf(records);
  const workbook = join(dist, `${path}.xlsx`);
  await keptFiles.place(workbook, `xlsx\n${stamp.toISOString()}\n${tablesKey(sheets)}`, () => writeWorkbook(workbook, sheets, stamp));
  files += 2;
}

async function writeCalendar(path: string, label: string, list: Task[]): Promise<void> {
  const calendar = list.flatMap((task): CalendarEvent[] => {
    const event = events.get(task);
    return event ? [event] : [];
  });
  const name = `Hạn ghi trong văn bản – ${label}`;
  const description = `Những ngày văn bản ghi rõ nhiệm vụ phải xong: một ngày, cuối một tháng hoặc một quý, hoặc một ngày hằng năm. Nhiệm vụ chỉ ghi năm, giai đoạn hay "hằng năm" không có trong lịch (${list.length - calendar.length} trên ${list.length} nhiệm vụ).`;
  const stamp = stampOf(list);
  const file = join(dist, `${path}.ics`);
  await keptFiles.place(file, `ics\n${JSON.stringify([name, description, stamp])}\n${calendar.map(digestOf).join('')}`, () =>
    writeFileSync(file, toIcs(name, description, calendar, stamp)),
  );
  files++;
}

/** An agency's sheets: its to-do part by part (a kind's, all its provincial agencies'). */
function agencySheets(records: AgencyRecords): Table[] {
  return [
    tasksTable('Chủ trì', records.led, (task) => roleOf(task, 'Chủ trì')),
    tasksTable('Phối hợp', records.supported, (task) => roleOf(task, 'Phối hợp')),
    tasksTable('Giao chung cho nhóm', records.collective),
    tables.responsibilities('Trách nhiệm', records.responsibilities),
    tables.targets('Chỉ tiêu', records.targets),
  ];
}

const paths = exportPaths;
await writeTables(paths.tasks(), tasks, [tasksTable('Nhiệm vụ', tasks)]);
await writeTables(paths.targets(), targets, [tables.targets('Chỉ tiêu', targets)]);
await writeCalendar(paths.tasks(), 'mọi cơ quan', tasks);

for (const agency of agencies) {
  // A kind's files are those of all its provincial agencies together.
  const members = agency.kind === null ? kindRecords(agency, site) : [{ agency, records: recordsOf(site, agency.id) }];
  const records: AgencyRecords = unitedRecords(members.map((member) => member.records));
  const ids = members.map((member) => member.agency.id);
  const role = (task: Task) => roleOf(task, task.leadIds.some((id) => ids.includes(id)) ? 'Chủ trì' : 'Phối hợp');
  const label = agency.province ? `${agency.name} – ${agency.province}` : agency.name;
  const named = [...records.led, ...records.supported.filter((task) => !records.led.includes(task))];
  await writeTables(paths.agency(agency.id), [...named, ...records.collective, ...records.responsibilities, ...records.targets], agencySheets(records), tasksTable(label, named, role));
  await writeCalendar(paths.agency(agency.id), label, named);
}
// Every province, document and theme has its files, with no row where it has no task: a link to them never fails.
const byRegion = groupBy(tasks, (task) => regionOfDocument(documentById.get(task.document)!));
for (const region of new Set(documents.map(regionOfDocument))) await writeTables(paths.region(slugify(region)), byRegion.get(region) ?? [], [tasksTable(region, byRegion.get(region) ?? [])]);
for (const document of documents) await writeTables(paths.document(document.id), [{ document: document.id }], [tasksTable(document.title, site.tasksByDocument.get(document.id) ?? [])]);
const byTheme = groupByEach(tasks, (task) => task.themes);
for (const theme of themes) await writeTables(paths.theme(theme.key), byTheme.get(theme.key) ?? [], [tasksTable(theme.short, byTheme.get(theme.key) ?? [])]);

const dated = tasks.filter((task) => events.get(task)).length;
const { reused } = keptFiles.close();
console.log(
  `[exports] ${files} files (CSV, Excel, calendar) in ${join(dist, 'api')}${reused > 0 ? ` (${reused} copied from the previous build)` : ''}; ${dated} of ${tasks.length} tasks have a day the text gives, in the calendars`,
);
