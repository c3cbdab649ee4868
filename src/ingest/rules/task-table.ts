import type { OutlineNode } from '../model/outline.ts';
import type { Timeframe } from '../../schema/index.ts';
import { columnKinds, type TableColumn } from '../patterns/table-columns.ts';
import { agencyBeforePredicate, readLeadDeclaration, splitAgencyList } from '../readers/agency-list.ts';
import { readTimeframe } from '../readers/timeframe.ts';
import type { TaskRule } from './rule.ts';
import type { TaskDraft } from '../model/drafts.ts';
import { outlinePath } from '../model/outline-tree.ts';
import { PERSON_NAME } from '../patterns/document-header.ts';

/** What one row of a task table says. */
export interface TaskRow {
  node: OutlineNode;
  /** The group row above it (`II | HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ`), or the group it inherits. */
  group: OutlineNode | null;
  text: string;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
}

interface Fallback {
  group: OutlineNode | null;
  lead: string[];
  support: string[];
  timeframe: Timeframe | null;
}

/** Share of a column's filled cells that must name agencies for an unlabelled column to be read as agencies. */
const AGENCY_COLUMN_SHARE = 0.6;

/**
 * Layout "task tables" (002 seed, 13-dong-thap-552, 18-ho-chi-minh-2820, the
 * annexes of 20-thu-tuong-2530): `TT | Nhiệm vụ | Chủ trì | Phối hợp |
 * Thời gian | …`, as real or flattened tables, whatever words the headings
 * use (`Cơ quan chủ trì[1]`, `Đơn vị thực hiện`, `Tên dự án, nhiệm vụ`,
 * `Thời hạn hoàn thành`), and where no heading names them, the columns whose
 * cells name agencies. One task per row; a group row names the group of the
 * rows under it; a cell merged with the row above takes that row's agencies
 * and timeframe; what the outline around the table says fills what the row
 * leaves out. A table with no column of work (`STT | Chỉ tiêu | Chủ trì`) is
 * a table of targets, not of tasks.
 */
export const taskTable: TaskRule = {
  name: 'task-table',
  read({ node, scope, data }) {
    if (node.kind !== 'table') return null;
    if (!isTaskTable(node, data.agencyHead)) return { kind: 'skip' };
    const tasks = readTaskTable(node, scope, data.agencyHead).map(
      (row): TaskDraft => ({
        node: row.node,
        path: outlinePath(node),
        section: node,
        position: 0,
        group: row.group,
        text: row.text,
        context: scope.context,
        lead: row.lead,
        support: row.support,
        timeframe: row.timeframe,
      }),
    );
    return { kind: 'tasks', tasks, settled: true };
  },
};

/** A table with a column of work and a column of who leads it. */
export function isTaskTable(table: OutlineNode, agencyHead: RegExp): boolean {
  const columns = tableColumns(table, agencyHead);
  return columns.lead !== undefined && (columns.content !== undefined || columns.name !== undefined);
}

export function readTaskTable(table: OutlineNode, fallback: Fallback, agencyHead: RegExp): TaskRow[] {
  const columns = tableColumns(table, agencyHead);
  const rows: TaskRow[] = [];
  let group = fallback.group;
  let above: Omit<Fallback, 'group'> = fallback;
  for (const node of table.children) {
    if (node.groupRow) {
      group = node;
      continue;
    }
    const merged = (column: TableColumn) => columns[column] !== undefined && (node.merged ?? []).includes(columns[column]!);
    const cell = (column: TableColumn) => (columns[column] === undefined ? '' : (node.cells![columns[column]!] ?? '').trim());
    const text = [cell('name'), cell('content')].filter(Boolean).join(' ');
    if (!text) continue;
    const agencies = (column: 'lead' | 'support') => {
      if (merged(column)) return above[column];
      const lines = node.blocks[0]?.rows?.[0]?.cellLines?.[columns[column]!];
      const written = lines && lines.length > 1 ? joinAgencyLines(lines, agencyHead) : cell(column);
      return written ? readAgencyCell(written, agencyHead) : fallback[column];
    };
    const timeframeText = cell('timeframe');
    const row: TaskRow = {
      node,
      group,
      text,
      lead: agencies('lead'),
      support: agencies('support'),
      timeframe: merged('timeframe') ? above.timeframe : timeframeText ? readTimeframe(timeframeText) : fallback.timeframe,
    };
    above = row;
    rows.push(row);
  }
  return rows;
}

/**
 * The agencies of a cell, which may say more than names:
 * `Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành thực hiện…` → `Sở KH&CN`, `Các sở, ngành`.
 */
function readAgencyCell(text: string, agencyHead: RegExp): string[] {
  // `Đỗ Mạnh Cường, Vũ Việt Linh`: the people who do it.
  const people = text.split(/\s*[;,]\s*/u).map((part) => part.replace(/[.]+$/u, ''));
  if (people.every((name) => PERSON_NAME.test(name))) return people;
  return text.split(/\s*;\s*/u).flatMap((part) => {
    const declaration = readLeadDeclaration(part, agencyHead);
    if (declaration) return declaration.lead;
    return splitAgencyList(agencyBeforePredicate(part)?.agency ?? part, agencyHead);
  });
}

/** Lines of an agency cell, one agency a line unless a line goes on the name above it; or one person a line. */
function joinAgencyLines(lines: string[], agencyHead: RegExp): string {
  const bare = lines.map((line) => line.replace(/^[-–•+]\s*/u, '').replace(/[;,.]+$/u, ''));
  if (bare.every((line) => PERSON_NAME.test(line))) return bare.join('; ');
  return lines.reduce((joined, line) => (agencyHead.test(line.replace(/^[-–•+]\s*/u, '')) ? `${joined}; ${line}` : `${joined} ${line}`));
}

/**
 * The column of each kind, from the header's words; where no heading names
 * who leads, the first columns whose cells name agencies lead and support.
 */
function tableColumns(table: OutlineNode, agencyHead: RegExp): Partial<Record<TableColumn, number>> {
  const columns: Partial<Record<TableColumn, number>> = {};
  columnKinds(table.cells ?? []).forEach((kind, index) => {
    if (kind && columns[kind] === undefined) columns[kind] = index;
  });
  if (columns.lead === undefined && table.cells) {
    const unlabelled = table.cells.map((_, index) => index).filter((index) => !Object.values(columns).includes(index));
    const agencyColumns = unlabelled.filter((index) => {
      const cells = table.children.filter((row) => !row.groupRow).map((row) => (row.cells?.[index] ?? '').replace(/^[-–•+]\s*/u, '').trim()).filter(Boolean);
      return cells.length > 0 && cells.filter((text) => agencyHead.test(text)).length >= AGENCY_COLUMN_SHARE * cells.length;
    });
    if (agencyColumns[0] !== undefined) columns.lead = agencyColumns[0];
    if (agencyColumns[1] !== undefined && columns.support === undefined) columns.support = agencyColumns[1];
  }
  return columns;
}
