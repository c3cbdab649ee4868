import { z } from './zod.ts';
import { SourceSpanSchema } from './source-span.ts';
import { CorrectedFieldsSchema } from './corrections.ts';
import { TimeframeSchema } from './timeframe.ts';

/** What one agency is charged with under TỔ CHỨC THỰC HIỆN: one bullet or paragraph. */
export const ResponsibilitySchema = z.object({
  /** Anchor id on the document page. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Slug of the document. */
  document: z.string(),
  /** Province of the document. */
  province: z.string().nullable(),
  /** The agencies as the block names them, one after another (`Sở X; Sở Y`). */
  agency: z.string().min(1),
  /** Each agency the block is addressed to, as written. */
  agencies: z.array(z.string().min(1)).min(1),
  /** Their agency ids, in the same order. */
  agencyIds: z.array(z.string()).min(1),
  /** Outline path of the agency's item, e.g. `V.1`. */
  path: z.string(),
  /** Text of the bullet or paragraph. */
  text: z.string().min(1),
  /** The text with reviewed OCR corrections applied, when any apply. */
  reading: z.string().optional(),
  /** A deadline the text itself gives (`Trước ngày 15/12 hàng năm tổng hợp, báo cáo…`), else null. */
  timeframe: TimeframeSchema.nullable(),
  /** Whether a person reviewed this document's responsibilities (data/corrections/<document>.yaml `reviewed:`). */
  reviewed: z.boolean(),
  /** What an editor corrected of the reader's reading (`added`: the editor added it); empty for none. */
  corrected: CorrectedFieldsSchema,
  /** Source lines. */
  source: SourceSpanSchema,
});
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
