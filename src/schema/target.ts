import { z } from './zod.ts';
import { SourceSpanSchema } from './source-span.ts';
import { CorrectedFieldsSchema } from './corrections.ts';

/** A numeric goal: comparator, value or range, unit, horizon year. */
export const TargetSchema = z.object({
  /** Anchor id on the document page (`<block id>-ct<n>`). */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Slug of the document. */
  document: z.string(),
  /** Province of the document. */
  province: z.string().nullable(),
  /** Anchor id of the paragraph or item the target sits in. */
  block: z.string(),
  /** Indicator taxonomy key, null when no indicator matches. */
  indicator: z.string().nullable(),
  /** The clause the target was read from. */
  text: z.string().min(1),
  /** The part of the clause about this target alone. */
  segment: z.string().min(1),
  /** The words that state the value, e.g. `ít nhất 80%`. */
  phrase: z.string().min(1),
  /** `>` trên, `>=` ít nhất/tối thiểu/từ … trở lên, `<` dưới, `<=` tối đa, `=` đạt, `range` a-b. */
  comparator: z.enum(['>', '>=', '<', '<=', '=', 'range']),
  /** Value, or lower bound of a range. */
  value: z.number(),
  /** Upper bound of a range. */
  max: z.number().optional(),
  /** Unit, e.g. `%`, `người`, `trường`; null for an index such as HDI. */
  unit: z.string().nullable(),
  /** Horizon year, from the sentence or its heading; null when none is given. */
  year: z.number().int().nullable(),
  /** Whether a person reviewed this document's targets (data/corrections/<document>.yaml `reviewed:`). */
  reviewed: z.boolean(),
  /** What an editor corrected of the reader's reading (`added`: the editor added it); empty for none. */
  corrected: CorrectedFieldsSchema,
  /** Source lines. */
  source: SourceSpanSchema,
});
export type Target = z.infer<typeof TargetSchema>;
