import { z } from './zod.ts';

/** An earlier published text of a document: front-matter of its page `/<document>/phien-ban/<version>/`. */
export const VersionPageSchema = z.object({
  /** `<document>--<version>`. */
  id: z.string().regex(/^[a-z0-9-]+--[0-9a-f]{12}$/u),
  /** Id of the document it is a version of. */
  document: z.string(),
  /** First 12 hex digits of its SHA-256. */
  version: z.string().regex(/^[0-9a-f]{12}$/u),
  /** SHA-256 of the text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** When it was recorded as published. */
  recorded: z.string(),
  /** Its title as it stood then. */
  title: z.string(),
});
export type VersionPage = z.infer<typeof VersionPageSchema>;
