import { z } from './zod.ts';
import { DocumentPageIndexSchema } from './document.ts';

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
  /** For a text too long for one page: the pages its parts are on (`/<document>/phien-ban/<version>/phan/<key>/`), as a document's. */
  pages: z.array(DocumentPageIndexSchema).optional(),
});
export type VersionPage = z.infer<typeof VersionPageSchema>;

/** One page of a document too long for one (`/<document>/phan/<key>/`, or of an earlier text `/<document>/phien-ban/<version>/phan/<key>/`): front-matter of its page. */
export const PartPageSchema = z.object({
  /** `<document>--<key>`, or `<document>--<version>--<key>` for a page of an earlier text. */
  id: z.string().regex(/^[a-z0-9-]+--[a-z0-9-]+$/u),
  /** Id of the document it is a page of. */
  document: z.string(),
  /** For a page of an earlier text of the document: that text's version. */
  version: z.string().regex(/^[0-9a-f]{12}$/u).optional(),
  /** Id of its first block. */
  key: z.string(),
  /** Its place among the document's pages, from 1 (the document's own page holds its frame and opening). */
  order: z.number().int().positive(),
  /** What it opens with (`III. NHIỆM VỤ, GIẢI PHÁP`). */
  label: z.string(),
});
export type PartPage = z.infer<typeof PartPageSchema>;
