import { z } from './zod.ts';
import { ReadingReviewSchema } from './corrections.ts';

/** A legal portal's card for a document: the facts it prints about it (values it keeps for subscribers left out). */
export const PortalCardSchema = z.object({
  /** `2530/QĐ-TTg`. */
  number: z.string().optional(),
  /** `Quyết định`. */
  kind: z.string().optional(),
  /** `Thủ tướng Chính phủ`. */
  issuer: z.string().optional(),
  /** `Trần Hồng Hà`. */
  signer: z.string().optional(),
  /** Issue date as the portal prints it, `19/11/2025`. */
  date: z.string().optional(),
  /** Effective date as the portal prints it. */
  effective: z.string().optional(),
  /** Legal status as the portal prints it (`Còn hiệu lực`). */
  status: z.string().optional(),
});
export type PortalCard = z.infer<typeof PortalCardSchema>;

/** One entry of a document's table of contents. */
export const OutlineEntrySchema = z.object({
  /** Anchor id of the section on the document page. */
  id: z.string(),
  /** Numbering as written, e.g. `III.`, `2.4.`. */
  label: z.string(),
  /** Outline path, e.g. `III.2.4`, as tasks give theirs. */
  path: z.string(),
  /** Heading text without its numbering. */
  title: z.string(),
  /** Depth in the outline, 1 for top-level parts. */
  level: z.number().int().positive(),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

/** Who signed, in which capacity (TM./KT./T/M lines as written). */
export const SignatureSchema = z.object({
  /** Capacity lines, e.g. `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`. */
  capacity: z.array(z.string()),
  /** `TM.`, `KT.`, `T/M`… when the first capacity line carries one. */
  mode: z.string().nullable(),
  /** Signer's name, when the document gives one. */
  name: z.string().nullable(),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** An item published before that this version of the document no longer has. */
export const RemovedItemSchema = z.object({
  /** Its anchor id, kept on the page as a tombstone. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Its last published words. */
  text: z.string(),
  /** The id of the section it stood in, when that section is still there. */
  section: z.string().nullable(),
});
export type RemovedItem = z.infer<typeof RemovedItemSchema>;

/** An earlier published text of a document, and how the current one differs from it, item by item. */
export const DocumentVersionSchema = z.object({
  /** First 12 hex digits of its SHA-256: the page `/<document>/phien-ban/<version>/`. */
  version: z.string().regex(/^[0-9a-f]{12}$/u),
  /** When it was recorded as published, `YYYY-MM-DD`. */
  recorded: z.string(),
  /** Ids of items the current text added, removed (tombstones), and reworded since that version. */
  inserted: z.array(z.string()),
  removed: z.array(z.string()),
  amended: z.array(z.string()),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/** Counts shown on the home page and in the ingest report. */
export const DocumentCountsSchema = z.object({
  sections: z.number().int().nonnegative(),
  tasks: z.number().int().nonnegative(),
  tasksWithLead: z.number().int().nonnegative(),
  tasksWithTimeframe: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  responsibilities: z.number().int().nonnegative(),
  references: z.number().int().nonnegative(),
});

/** A plan, programme or presentation: front-matter of its MDX page and a row of documents.json. */
/**
 * A document's standing. `in-force` and `expired` only as a source says
 * (a reviewer, a legal portal's card); `replaced`, `repealed` by documents
 * published here; `retired` by a reviewer (`npm run retire`); `unknown`
 * otherwise. `why` says it as the page does.
 */
export const StandingSchema = z.object({
  state: z.enum(['in-force', 'expired', 'replaced', 'repealed', 'retired', 'unknown']),
  /** Ids of the documents that replace or repeal it. */
  by: z.array(z.string()),
  why: z.string().min(1),
});
export type Standing = z.infer<typeof StandingSchema>;

/** One page of a long document: where it is, what it opens with, and which ids it holds. */
export const DocumentPageIndexSchema = z.object({
  /** Id of its first block, the last segment of its address (`/<document>/phan/<key>/`). */
  key: z.string().regex(/^[a-z0-9-]+$/u),
  /** Its first heading or item, as the list of pages names it (`III. NHIỆM VỤ, GIẢI PHÁP`). */
  label: z.string(),
  /** Ids whose whole subtree (the id and every id it prefixes, `iii` → `iii-2-y4`) is on this page. */
  roots: z.array(z.string()),
  /** Other ids on this page that the roots do not tell (a part's heading whose items went on, an item an amendment moved). */
  exact: z.array(z.string()),
});
export type DocumentPageIndex = z.infer<typeof DocumentPageIndexSchema>;

export const DocumentSchema = z.object({
  /** ASCII slug, also the page path: `/<id>/`. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Full title: kind followed by the subject line. */
  title: z.string().min(1),
  /** Subject line as written under the kind heading. */
  subject: z.string(),
  /** Kind of document, e.g. `Kế hoạch`, `Chương trình hành động`, `Chuyên đề`. */
  kind: z.string().min(1),
  /** Number and symbol, e.g. `43-KH/TU`; null when the source leaves it blank. */
  number: z.string().nullable(),
  /** Symbol without the number when the number is blank, e.g. `KH-UBND`. */
  symbol: z.string().nullable(),
  /** Issuing body as the document names it. */
  issuer: z.string().nullable(),
  /** Province the document belongs to. */
  province: z.string().nullable(),
  /** For a plan of a body below the province (a Thành ủy, a UBND huyện), the city, district or town it is of: `thành phố Bắc Kạn`; else null. */
  locality: z.string().nullable(),
  /** ASCII slug of the province. */
  provinceId: z.string().nullable(),
  /** Issued by a central body (Bộ Chính trị, Chính phủ, a Bộ): it belongs to no province. */
  national: z.boolean(),
  /** Address of the official original, from data/document-facts.json (reviewed, never guessed). */
  original: z.string().url().nullable(),
  /** Legal status from data/document-facts.json; null when no reviewer gave one. */
  status: z.string().nullable(),
  /** ISO date (`2026-02-15`, `2026-02`, `2026`) when known, else null. */
  date: z.string().nullable(),
  /** Date as written, e.g. `ngày tháng 02 năm 2026`. */
  dateRaw: z.string().nullable(),
  /** Numbers of the documents it directly implements, e.g. `43-KH/TU`. */
  implements: z.array(z.string()),
  /** Signer's name. */
  signer: z.string().nullable(),
  /** Signature block. */
  signature: SignatureSchema.nullable(),
  /** Recipients (Nơi nhận), one per line. */
  recipients: z.array(z.string()),
  /** Path of the seed file, e.g. `seeds/001_….txt`. */
  source: z.string(),
  /** SHA-256 of the seed file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** The file the document was read from, as published beside its page for download: its name, size and address relative to the site's root. */
  sourceFile: z.object({ name: z.string(), bytes: z.number().int().nonnegative(), path: z.string() }),
  /** Table of contents. */
  outline: z.array(OutlineEntrySchema),
  /** Record counts. */
  counts: DocumentCountsSchema,
  /** Items once published that this version no longer has (tombstones on the page). */
  removed: z.array(RemovedItemSchema),
  /** Numbers of the documents it replaces, as it says (`thay thế Kế hoạch số 12/KH-UBND`) or a reviewer declares. */
  replaces: z.array(z.string()),
  /** Ids of published documents that replace this one: it stays readable, marked as replaced. */
  replacedBy: z.array(z.string()),
  /** Numbers of the documents it repeals (`bãi bỏ Quyết định số …`). */
  repeals: z.array(z.string()),
  /** Ids of published documents that repeal this one. */
  repealedBy: z.array(z.string()),
  /** Numbers of the documents it amends (`sửa đổi, bổ sung một số nội dung của Kế hoạch số …`). */
  amends: z.array(z.string()),
  /** Ids of published documents that amend this one. */
  amendedBy: z.array(z.string()),
  /** Whether it is in force, as its source, a reviewer or a relation says; never claimed. */
  standing: StandingSchema,
  /** Earlier published texts of this document, oldest first. */
  versions: z.array(DocumentVersionSchema),
  /** The day this site first published the document (its oldest text recorded by `npm run record-urls`); null until recorded. */
  firstPublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  /** For a decision that issues a plan (`Ban hành kèm theo Quyết định này Kế hoạch…`): what it issues. */
  issues: z.object({ kind: z.string(), subject: z.string() }).nullable(),
  /** What the legal portal the copy was taken from says of it (its document card), when the copy holds the portal's page. */
  portal: PortalCardSchema.nullable(),
  /**
   * For a document too long for one page: the pages its parts are on
   * (`/<document>/phan/<key>/`), in order. Its own page keeps its frame and
   * opening and sends `/<document>/#<id>` on to the page holding the id.
   * Absent for a document on one page.
   */
  pages: z.array(DocumentPageIndexSchema).optional(),
  /** Whether a person reviewed the reading, what an editor corrected, and what the reader doubted (data/corrections/<id>.yaml). */
  review: ReadingReviewSchema,
});
export type DocumentFacts = z.infer<typeof DocumentSchema>;
