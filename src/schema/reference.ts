import { z } from './zod.ts';

/** One passage that cites a document number. */
export const CitationSchema = z.object({
  /** Slug of the citing document. */
  document: z.string(),
  /** Anchor id of the citing paragraph, item or title. */
  block: z.string(),
  /** The citing sentence. */
  text: z.string(),
});

/** A document cited by number (71-NQ/TW, 281/NQ-CP, 43-KH/TU …). */
export const ReferenceSchema = z.object({
  /** ASCII slug, page path `/van-ban/<id>/`. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Number and symbol as cited. */
  number: z.string(),
  /** Kind: Nghị quyết, Kế hoạch, Kết luận, Quyết định… */
  type: z.string(),
  /** Date as cited, ISO. */
  date: z.string().optional(),
  /** Issuer as cited (`của …`). */
  issuer: z.string().optional(),
  /** Title as cited (`về …`). */
  title: z.string().optional(),
  /** Numbers this document is said to implement (`… thực hiện Nghị quyết số 71-NQ/TW`). */
  implements: z.array(z.string()),
  /** Slugs of the documents citing it. */
  citedBy: z.array(z.string()),
  /** Every citing passage. */
  citations: z.array(CitationSchema),
});
export type Reference = z.infer<typeof ReferenceSchema>;
