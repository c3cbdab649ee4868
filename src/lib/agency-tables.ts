import type { Agency } from '../schema/index.ts';
import { kindRecords, recordsOf, type AgencyIndex } from './agency-index.ts';
import { urls } from './urls.ts';

/** A link in a table's cell. */
export interface CellLink {
  text: string;
  href: string;
}

/** A table of counts: a row per agency, named in its first cell. */
export interface CountTable {
  columns: Array<{ label: string; numeric: boolean }>;
  rows: Array<{ head: CellLink; cells: Array<number | string | CellLink | null> }>;
}

const counted = (label: string) => ({ label, numeric: true });
const link = (agency: Agency): CellLink => ({ text: agency.name, href: urls.agency(agency.id) });

/** Agencies with the number of tasks they lead and support and of their responsibilities, and their kind. */
export function agencyCounts(agencies: Agency[], site: Pick<AgencyIndex, 'agencyRecords'> & { agencyById: Map<string, Agency> }): CountTable {
  return {
    columns: [{ label: 'Cơ quan', numeric: false }, { label: 'Tỉnh', numeric: false }, counted('Chủ trì'), counted('Phối hợp'), counted('Trách nhiệm'), { label: 'Cùng loại ở các tỉnh', numeric: false }],
    rows: agencies.map((agency) => {
      const records = recordsOf(site, agency.id);
      const kind = agency.kind ? site.agencyById.get(agency.kind) : undefined;
      return { head: link(agency), cells: [agency.province, records.led.length, records.supported.length, records.responsibilities.length, kind ? link(kind) : null] };
    }),
  };
}

/** Kinds of agency (`Sở Tài chính` of every province): in how many provinces, and what they are given in all. */
export function kindCounts(kinds: Agency[], site: AgencyIndex): CountTable {
  return {
    columns: [{ label: 'Cơ quan', numeric: false }, counted('Số tỉnh'), counted('Chủ trì'), counted('Phối hợp'), counted('Trách nhiệm')],
    rows: kinds.map((kind) => {
      const members = kindRecords(kind, site);
      const sum = (key: 'led' | 'supported' | 'responsibilities') => members.reduce((total, entry) => total + entry.records[key].length, 0);
      return { head: link(kind), cells: [members.length, sum('led'), sum('supported'), sum('responsibilities')] };
    }),
  };
}
