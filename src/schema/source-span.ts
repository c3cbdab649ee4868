import { z } from './zod.ts';

/** Lines of the seed file a record was read from (1-based, inclusive). */
export const SourceSpanSchema = z.object({
  /** First source line. */
  line: z.number().int().positive(),
  /** Last source line (same as `line` for a one-line record). */
  endLine: z.number().int().positive(),
});
export type SourceSpan = z.infer<typeof SourceSpanSchema>;
