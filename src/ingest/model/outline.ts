import type { SectionRole } from '../patterns/sections.ts';

/** Shapes passed between ingest stages (never published as is). */

/** A table row with the source line it came from. */
export interface TableRow {
  cells: string[];
  line: number;
  /** Each cell's lines, where the source kept them apart (flattened tables). */
  cellLines?: string[][];
}

/** One block of the source as markdown reads it, with its source lines. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'rule' | 'table';
  /** List marker as written (`-`, `+`, `1.`), for list items. */
  marker: string | null;
  /** Plain text, emphasis markers removed, line breaks read as spaces. */
  text: string;
  /** The text split at its line breaks, for header and signature lines. */
  lines: string[];
  /** First and last source line. */
  start: number;
  end: number;
  /** The whole block is bold or italic. */
  emphasized: boolean;
  /** Bold or italic words that open the block, when more text follows. */
  leadingEmphasis: string | null;
  /** Markdown heading depth, for `#` headings. */
  depth: number | null;
  /** A paragraph markdown placed inside the list item before it. */
  continuation: boolean;
  /** Rows, for tables (first row is the header when `hasHeader`). */
  rows: TableRow[] | null;
  hasHeader: boolean;
  /** Lines of the source joined into this block across a page break. */
  joined: Array<{ start: number; end: number; text: string }>;
}

export type NumberingStyle = 'article' | 'roman' | 'decimal' | 'arabic' | 'letter' | 'ordinal' | 'bullet' | 'annex';

export interface Numbering {
  style: NumberingStyle;
  /** As written: `III.`, `2.4.`, `a)`, `-`, `Thứ nhất`. */
  label: string;
  /** The value the id is made of: `iii`, `2.4`, `a`, `1`; empty for bullets. */
  value: string;
  /** Depth of a decimal (2 for `2.4`), to tell `2.4` from `2.4.1`. */
  levels: number;
}


/** What a part of a plan holds: work (each item a task), each agency's duties, or neither (purpose, targets, funding…). */
export type PartKind = 'work' | 'organisation' | 'other';

/** A span of a paragraph to wrap on the page: a target's words. */
export interface TargetMark {
  start: number;
  end: number;
  id: string;
  /** Words an editor said are no target: they keep their anchor (a published address), without the target's highlight. */
  plain?: boolean;
}

/** What a node says, for the document page: a task, a lead or timeframe line, a responsibility. */
export type NodeRole = 'task' | 'lead' | 'timeframe' | 'responsibility' | null;

/** A node of the outline tree built from the numbering. */
export interface OutlineNode {
  /** What the top-level part holding it is for (from its heading). */
  section: SectionRole | null;
  id: string;
  kind: 'section' | 'item' | 'paragraph' | 'table' | 'row' | 'rule' | 'annex';
  numbering: Numbering | null;
  /** Text without the numbering label. */
  text: string;
  /** Bold run-in heading at the start of the text (`Các sở…:`), part of `text`. */
  runIn: string | null;
  /** Rendered as a heading. */
  heading: boolean;
  /** Blocks the node was made of (its own block and continuation paragraphs). */
  blocks: Block[];
  start: number;
  end: number;
  children: OutlineNode[];
  parent: OutlineNode | null;
  /** Depth below the root, 1 for top-level. */
  level: number;
  /** Table cells, for rows (aligned to the header); header cells, for tables. */
  cells: string[] | null;
  /** For a row with cells merged into the row above: the columns it does not have. */
  merged?: number[];
  /** For a table row that only names a group (`II | HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ`). */
  groupRow?: boolean;
  /** New words an amendment quotes for the document it amends (`“- Xây dựng…”`), under the instruction that brings them. */
  quoted?: boolean;
  /** In a document that amends another, an instruction that brings new words for it (`Bổ sung … vào điểm 2.4 khoản 2 mục III như sau:`). */
  amendment?: boolean;
}

/** Ids of the parts of a document that have no numbering of their own. */
export const FIXED_IDS = {
  number: 'so-ky-hieu',
  placeDate: 'dia-danh-ngay',
  title: 'ten-van-ban',
  recipients: 'noi-nhan',
  signature: 'chu-ky',
  portalBefore: 'trang-nguon-truoc',
  portalAfter: 'trang-nguon-sau',
} as const;
