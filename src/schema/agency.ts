import { z } from './zod.ts';

/** An agency of one province, or (province null) a kind of agency found in every province. */
export const AgencySchema = z.object({
  /** ASCII slug, also the page path `/co-quan/<id>/`. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Canonical display name. */
  name: z.string().min(1),
  /** Other names it is written as in the sources. */
  aliases: z.array(z.string()),
  /** Province; null for a cross-province kind. */
  province: z.string().nullable(),
  /** Category: `sở`, `ban`, `UBND`, `đảng ủy`, `tập thể`, … */
  type: z.string(),
  /** Id of the cross-province kind this agency is one of (null on the kind itself). */
  kind: z.string().nullable(),
  /** True when the name matched no entry of the reviewed alias file. */
  unresolved: z.boolean(),
});
export type Agency = z.infer<typeof AgencySchema>;
