import type { OutlineNode } from '../model.ts';
import type { Timeframe } from '../../schema/index.ts';
import { TABLE_COLUMNS, type TableColumn } from '../patterns/table-columns.ts';
import { agencyBeforePredicate, readLeadDeclaration, splitAgencyList } from '../readers/agency-list.ts';
import { readTimeframe } from '../readers/timeframe.ts';

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

/** A table with a `Chủ trì` column holds tasks; a table of coordinates, scores or costs does not. */
export function isTaskTable(table: OutlineNode): boolean {
  return (table.cells ?? []).some((cell) => TABLE_COLUMNS.lead.test(cell));
}

/**
 * Layout "task tables" (002 seed, 13-dong-thap-552, 17-bac-ninh-144,
 * 18-ho-chi-minh-2820): `TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | …`,
 * as real or flattened tables. One task per row; a group row names the group
 * of the rows under it; a cell merged with the row above takes that row's
 * agencies and timeframe; an agency cell with one agency a line is read line
 * by line; what the outline around the table says fills what the row leaves out.
 */
export function readTaskTable(table: OutlineNode, fallback: Fallback, agencyHead: RegExp): TaskRow[] {
  const columns = columnIndexes(table.cells ?? []);
  const rows: TaskRow[] = [];
  let group = fallback.group;
  let above: Omit<Fallback, 'group'> = fallback;
  for (const node of table.children) {
    if (node.groupRow) {
      group = node;
      continue;
    }
    const index = columns;
    const merged = (column: TableColumn) => node.spannedFrom !== undefined && (index[column] ?? -1) >= node.spannedFrom;
    const cell = (column: TableColumn) => (index[column] === undefined ? '' : (node.cells![index[column]!] ?? '').trim());
    const text = cell('content') || (index.content === undefined ? node.text : '');
    if (!text) continue;
    const agencies = (column: 'lead' | 'support') => {
      if (merged(column)) return above[column];
      const lines = node.blocks[0]?.rows?.[0]?.cellLines?.[index[column]!];
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
  return text.split(/\s*;\s*/u).flatMap((part) => {
    const declaration = readLeadDeclaration(part, agencyHead);
    if (declaration) return declaration.lead;
    return splitAgencyList(agencyBeforePredicate(part)?.agency ?? part, agencyHead);
  });
}

/** Lines of an agency cell, one agency a line unless a line goes on the name above it. */
function joinAgencyLines(lines: string[], agencyHead: RegExp): string {
  return lines.reduce((joined, line) => (agencyHead.test(line) ? `${joined}; ${line}` : `${joined} ${line}`));
}

function columnIndexes(header: string[]): Partial<Record<TableColumn, number>> {
  const indexes: Partial<Record<TableColumn, number>> = {};
  header.forEach((cell, index) => {
    for (const [column, pattern] of Object.entries(TABLE_COLUMNS) as Array<[TableColumn, RegExp]>) {
      if (indexes[column] === undefined && pattern.test(cell)) {
        indexes[column] = index;
        break;
      }
    }
  });
  return indexes;
}
