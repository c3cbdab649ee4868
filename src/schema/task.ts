import { z } from './zod.ts';
import { SourceSpanSchema } from './source-span.ts';
import { TimeframeSchema } from './timeframe.ts';
import { CorrectedFieldsSchema } from './corrections.ts';

/** An actionable item of a plan: a bullet, paragraph or table row under its task sections. */
export const TaskSchema = z.object({
  /** Anchor id on the document page, from the document's numbering (e.g. `iii-2-4-y3`). */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Slug of the document. */
  document: z.string(),
  /** Province of the document. */
  province: z.string().nullable(),
  /** Outline path of the numbered item that holds the task, e.g. `III.2.4`. */
  path: z.string(),
  /** Anchor id of that numbered item (or table) on the document page. */
  section: z.string(),
  /** Position of the task among the tasks of that item (Nhiệm vụ 1, 2, …). */
  position: z.number().int().positive(),
  /** Anchor id of the task group (top-level item of the task section). */
  group: z.string().nullable(),
  /** Main theme (taxonomy key): the first of `themes`. */
  theme: z.string(),
  /** Its themes from its own words, the main one first, at most two (data/themes.json). */
  themes: z.array(z.string()).min(1).max(2),
  /** Full text of the task, NFC, as written. */
  text: z.string().min(1),
  /** Its wordings published before an amendment, oldest first. */
  earlier: z.array(z.string()).optional(),
  /** The text with reviewed OCR corrections applied, when any apply. */
  reading: z.string().optional(),
  /** The items of a national document (its tasks' ids, `iii-5-y2`) this task takes up, the main one first; empty for none. */
  implementsItems: z.array(z.string().regex(/^[a-z0-9-]+$/u)).max(2),
  /** The document those items are tasks of (`bo-chinh-tri-71-nq-tw`), when it has any. */
  itemsDocument: z.string().nullable(),
  /** Lead-in line the task hangs from (ends with `:`), when there is one. */
  context: z.string().nullable(),
  /** Lead agencies (chủ trì), display names as written. */
  lead: z.array(z.string()),
  /** Supporting agencies (phối hợp), display names as written. */
  support: z.array(z.string()),
  /** Agency ids of `lead`, same order. */
  leadIds: z.array(z.string()),
  /** Agency ids of `support`, same order. */
  supportIds: z.array(z.string()),
  /** When it is to be done. */
  timeframe: TimeframeSchema.nullable(),
  /**
   * For a task an amendment adds to another document of this site: that
   * document, and where in it as the amendment says (`III.2.4`) with the
   * anchor of that place when found, and what the task takes from the tasks
   * of that place because its own words do not say it (`lead`: who leads and
   * supports, `timeframe`); absent for any other task.
   */
  addedTo: z
    .object({
      document: z.string(),
      place: z.string().nullable(),
      section: z.string().nullable(),
      inherits: z.array(z.enum(['lead', 'timeframe'])),
    })
    .optional(),
  /** Whether a person reviewed this document's tasks (data/corrections/<document>.yaml `reviewed:`). */
  reviewed: z.boolean(),
  /** What an editor corrected of the reader's reading (`added`: the editor added the task); empty for none. */
  corrected: CorrectedFieldsSchema,
  /** Source lines. */
  source: SourceSpanSchema,
});
export type Task = z.infer<typeof TaskSchema>;
