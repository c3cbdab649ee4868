import { z } from './zod.ts';

/** One block of a document page (heading, paragraph, item, table row), for full-text search. */
export const PassageSchema = z.object({
  /** Anchor id on the document page. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Slug of the document. */
  document: z.string(),
  /** `heading`, `item`, `paragraph`, `row`, `header`, `title`, `recipients`, `signature`. */
  kind: z.string(),
  /** What the block is for the reader: a task, a responsibility, a lead or timeframe line. */
  role: z.string().nullable(),
  /** Numbering as written, when it has one. */
  label: z.string().nullable(),
  /** Plain text of the block. */
  text: z.string(),
  /** The text with reviewed OCR corrections applied, when any apply. */
  reading: z.string().optional(),
  /** Its wordings published before an amendment, oldest first. */
  earlier: z.array(z.string()).optional(),
});
export type Passage = z.infer<typeof PassageSchema>;
