import type { OutlineNode } from '../model/outline.ts';
import type { Timeframe } from '../../schema/index.ts';
import { columnKinds, type TableColumn } from '../patterns/table-columns.ts';
import { agencyBeforePredicate, readLeadDeclaration, splitAgencyList } from './agency-list.ts';
import { readTimeframe } from './timeframe.ts';
import { PERSON_NAME } from '../patterns/document-header.ts';
import { ITEM_END, LINE_BULLET, SEMICOLON_LIST, FULL_STOPS_END } from '../patterns/text.ts';
import { PERSON_SEPARATOR } from '../patterns/agency-names.ts';

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
  const people = text.split(PERSON_SEPARATOR).map((part) => part.replace(FULL_STOPS_END, ''));
  if (people.every((name) => PERSON_NAME.test(name))) return people;
  return text.split(SEMICOLON_LIST).flatMap((part) => {
    const declaration = readLeadDeclaration(part, agencyHead);
    if (declaration) return declaration.lead;
    return splitAgencyList(agencyBeforePredicate(part)?.agency ?? part, agencyHead);
  });
}

/** Lines of an agency cell, one agency a line unless a line goes on the name above it; or one person a line. */
function joinAgencyLines(lines: string[], agencyHead: RegExp): string {
  const bare = lines.map((line) => line.replace(LINE_BULLET, '').replace(ITEM_END, ''));
  if (bare.every((line) => PERSON_NAME.test(line))) return bare.join('; ');
  return lines.reduce((joined, line) => (agencyHead.test(line.replace(LINE_BULLET, '')) ? `${joined}; ${line}` : `${joined} ${line}`));
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
      const cells = table.children.filter((row) => !row.groupRow).map((row) => (row.cells?.[index] ?? '').replace(LINE_BULLET, '').trim()).filter(Boolean);
      return cells.length > 0 && cells.filter((text) => agencyHead.test(text)).length >= AGENCY_COLUMN_SHARE * cells.length;
    });
    if (agencyColumns[0] !== undefined) columns.lead = agencyColumns[0];
    if (agencyColumns[1] !== undefined && columns.support === undefined) columns.support = agencyColumns[1];
  }
  return columns;
}
