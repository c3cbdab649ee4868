/**
 * The open data in the forms cadres work with, written beside the JSON of
 * dist/api/ from it: a CSV (UTF-8 with BOM) and an Excel workbook of the
 * tasks, for all, each agency, each province, each document and each theme,
 * and of the targets; a deadline calendar (.ics) for all and each agency. An
 * agency's files hold the tasks that name it, its part in each last; what is
 * given to a collective group it belongs to (`Các sở, ban, ngành`) is in the
 * group's own files, which its page links (copied into every member's, they
 * made the exports of 1,000 documents 3.5 times slower and 620 MB larger).
 * A task with no date gets no calendar event and is counted here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pathOption } from './lib/cli-options.ts';
import { readOpenRecords } from './lib/open-data.ts';
import { toCsv } from './lib/exports/csv.ts';
import { toIcs, type CalendarEvent } from './lib/exports/ics.ts';
import { targetTable, taskTable, type Table } from './lib/exports/tables.ts';
import { exportPaths } from '../src/lib/export-paths.ts';
import { regionOfDocument } from '../src/lib/regions.ts';
import { slugify } from '../src/lib/fold-vietnamese.ts';
import { deadlineKey } from '../src/lib/format.ts';
import { groupBy } from '../src/lib/group-by.ts';
import type { OpenRecord, Target, Task } from '../src/schema/index.ts';

const dist = pathOption('--dist', 'dist');
const documents = readOpenRecords(dist, 'documents');
const tasks = readOpenRecords(dist, 'tasks');
const targets = readOpenRecords(dist, 'targets');
const agencies = readOpenRecords(dist, 'agencies');
const documentById = new Map(documents.map((document) => [document.id, document]));
const { themes } = JSON.parse(readFileSync(new URL('../data/themes.json', import.meta.url), 'utf8')) as { themes: Array<{ key: string; short: string }> };
// With SITE_URL set, a spreadsheet's links open the site; without it they are site-relative paths.
const absolute = (path: string) => (process.env.SITE_URL ? new URL(path, process.env.SITE_URL).href : path);
// The same data gives the same files (the build is reproducible): the time stamp is that of the newest document.
const newest = documents.map((document) => document.date ?? '').filter((date) => /^\d{4}-\d{2}-\d{2}$/u.test(date)).sort().at(-1);
const stamp = new Date(`${newest ?? '2000-01-01'}T00:00:00Z`);
// exceljs zips its workbooks with JSZip, which dates every entry now unless its defaults say otherwise.
(JSZip as unknown as { defaults: { date: Date | null } }).defaults.date = stamp;

const byDeadline = (a: Task, b: Task) => deadlineKey(a.timeframe).localeCompare(deadlineKey(b.timeframe));
const tasksTable = (name: string, list: Task[], role?: (task: Task) => string) =>
  taskTable(name, [...list].sort(byDeadline), documentById, (task) => absolute((task as OpenRecord<'tasks'>).permalink!), role);

let files = 0;
async function writeTable(path: string, table: Table): Promise<void> {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, `${path}.csv`), toCsv(table.headers, table.rows));
  const workbook = new ExcelJS.Workbook();
  workbook.created = stamp;
  workbook.modified = stamp;
  const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/gu, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({
    header,
    key: String(index),
    width: table.widths[index],
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.addRows(table.rows);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  // Fast deflate: thousands of workbooks at scale, each a few kB either way.
  await workbook.xlsx.writeFile(join(dist, `${path}.xlsx`), { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  files += 2;
}

let undated = 0;
function writeCalendar(path: string, name: string, list: Task[]): void {
  const events: CalendarEvent[] = [];
  for (const task of list) {
    const date = task.timeframe?.end ?? task.timeframe?.start;
    if (!date) continue;
    const document = documentById.get(task.document)!;
    events.push({
      uid: `${task.document}.${task.id}@co-so-tri-thuc-nq71`,
      date,
      summary: `${task.lead[0] ?? 'Nhiệm vụ'}: ${task.text.length > 100 ? `${task.text.slice(0, 99)}…` : task.text}`,
      description: [task.text, `Chủ trì: ${task.lead.join('; ') || 'văn bản không nêu'}`, `Phối hợp: ${task.support.join('; ') || 'không'}`, `Thời gian: ${task.timeframe!.raw}`, `${document.title}, mục ${task.path}`].join('\n'),
      url: absolute((task as Task & { permalink: string }).permalink),
      yearly: task.timeframe?.recurrence === 'yearly' || task.timeframe?.recurrence === 'school-year',
    });
  }
  writeFileSync(join(dist, `${path}.ics`), toIcs(name, events, stamp));
  files++;
}

const paths = exportPaths;
await writeTable(paths.tasks(), tasksTable('Nhiệm vụ', tasks));
await writeTable(paths.targets(), targetTable('Chỉ tiêu', targets, documentById, (target) => absolute((target as Target & { url: string }).url)));
writeCalendar(paths.tasks(), 'Hạn nhiệm vụ – mọi cơ quan', tasks);
undated = tasks.filter((task) => !(task.timeframe?.end ?? task.timeframe?.start)).length;

const membersOf = groupBy(agencies.filter((agency) => agency.kind !== null), (agency) => agency.kind!);
const naming = new Map<string, Set<Task>>();
for (const task of tasks) for (const id of [...task.leadIds, ...task.supportIds]) naming.set(id, (naming.get(id) ?? new Set()).add(task));
for (const agency of agencies) {
  const ids = agency.province === null ? (membersOf.get(agency.id) ?? []).map((member) => member.id) : [agency.id];
  const named = [...new Set(ids.flatMap((id) => [...(naming.get(id) ?? [])]))];
  const role = (task: Task) => (task.leadIds.some((id) => ids.includes(id)) ? 'Chủ trì' : 'Phối hợp');
  const label = agency.province ? `${agency.name} – ${agency.province}` : agency.name;
  await writeTable(paths.agency(agency.id), tasksTable(label, named, role));
  writeCalendar(paths.agency(agency.id), `Hạn nhiệm vụ – ${label}`, named);
}
// Every province, document and theme has its files, with no row where it has no task: a link to them never fails.
const byRegion = groupBy(tasks, (task) => regionOfDocument(documentById.get(task.document)!));
for (const region of new Set(documents.map(regionOfDocument))) await writeTable(paths.region(slugify(region)), tasksTable(region, byRegion.get(region) ?? []));
const byDocument = groupBy(tasks, (task) => task.document);
for (const document of documents) await writeTable(paths.document(document.id), tasksTable(document.title, byDocument.get(document.id) ?? []));
const byTheme = groupBy(tasks, (task) => task.theme);
for (const theme of themes) await writeTable(paths.theme(theme.key), tasksTable(theme.short, byTheme.get(theme.key) ?? []));

console.log(`[exports] ${files} files (CSV, Excel, calendar) in ${join(dist, 'api')}; ${undated} of ${tasks.length} tasks have no date and no calendar event`);
