import { z } from './zod.ts';

/*
 * Schemas of the reviewed data files under data/. They hold knowledge no
 * parser can infer; the ingest refuses to run on a malformed one.
 */

/** data/document-kinds.json: the kind line of a document, e.g. `KẾ HOẠCH`. */
export const DocumentKindSchema = z.object({
  /** The kind as printed, in capitals. */
  heading: z.string().min(1),
  /** Display name. */
  name: z.string().min(1),
  /** Code in document numbers (`KH` in 43-KH/TU). */
  code: z.string().nullable(),
});
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** data/provinces.json */
export const ProvinceSchema = z.object({
  /** Name without `tỉnh`/`thành phố`. */
  name: z.string().min(1),
  /** Other spellings and former names. */
  aliases: z.array(z.string()),
  /** A city run by the centre (`thành phố trực thuộc trung ương`): its Thành ủy and UBND thành phố are provincial bodies. */
  city: z.boolean().optional(),
});
export type Province = z.infer<typeof ProvinceSchema>;

/** data/agency-types.json: how agency names begin, and what category that makes them. */
export const AgencyTypeSchema = z.object({
  /** Category shown to users. */
  type: z.string().min(1),
  /** Regular-expression sources matched at the start of a name. */
  heads: z.array(z.string().min(1)).min(1),
});
export type AgencyType = z.infer<typeof AgencyTypeSchema>;

/** data/agency-aliases.json: one agency and the names plans give it. */
export const AgencyEntrySchema = z.object({
  /** Canonical name. */
  name: z.string().min(1),
  /** Category; overrides the one read from the name's head. */
  type: z.string().optional(),
  /** Other names, matched after abbreviations and spellings are normalised. */
  aliases: z.array(z.string()).default([]),
});
export const AgencyAliasesSchema = z.object({
  /** Abbreviation → full words, e.g. `GDĐT` → `Giáo dục và Đào tạo`. */
  abbreviations: z.array(z.tuple([z.string(), z.string()])),
  /** Spelling variant → the spelling used in keys, e.g. `uỷ` → `ủy`. */
  spellings: z.array(z.tuple([z.string(), z.string()])),
  /** Agencies with their aliases. */
  agencies: z.array(AgencyEntrySchema),
});
export type AgencyAliases = z.infer<typeof AgencyAliasesSchema>;

/** data/themes.json: the theme taxonomy and how task groups map to it. */
export const ThemeSchema = z.object({
  /** Taxonomy key, ASCII. */
  key: z.string().regex(/^[a-z0-9-]+$/u),
  /** Label shown to users. */
  label: z.string().min(1),
  /** Short label for narrow columns. */
  short: z.string().min(1),
  /** Regular-expression sources matched against a group heading without tone marks, lower case. */
  match: z.array(z.string()),
  /** What a reader would type to find the theme's tasks (empty for the fallback). */
  search: z.string(),
  /** Words and phrases of the theme, without tone marks, lower case: each found in a task's own text counts once for it. */
  words: z.array(z.string()),
});
export const ThemeTaxonomySchema = z.object({
  themes: z.array(ThemeSchema),
  /** Key of the theme for groups that fit none. */
  fallback: z.string(),
  /** Reviewed decisions that override the rules: document slug + group anchor id → theme. */
  overrides: z.array(z.object({ document: z.string(), group: z.string(), theme: z.string(), why: z.string() })),
});
export type ThemeTaxonomy = z.infer<typeof ThemeTaxonomySchema>;

/** data/indicators.json: indicator keys for numeric targets. */
export const IndicatorSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/u),
  label: z.string().min(1),
  /** Expected unit, or null for an index. */
  unit: z.string().nullable(),
  /** Regular-expression sources matched against the target's clause without tone marks, lower case. */
  match: z.array(z.string()).min(1),
  /** Sources that, when they match, rule the indicator out. */
  exclude: z.array(z.string()).default([]),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** data/errata.json: reviewed OCR corrections, shown as `đọc là …` beside the original. */
export const ErratumSchema = z.object({
  /** Text as the seed has it. */
  text: z.string().min(1),
  /** What it should read. */
  read: z.string().min(1),
  /**
   * SHA-256 prefixes of the files it was written for: a correction applies to the words of those documents only
   * (`tư thực` → `tư thục` in one scanned plan would turn another's `đầu tư thực hiện` into `đầu tư thục hiện`).
   */
  sources: z.array(z.string().regex(/^[0-9a-f]{8,64}$/u)).min(1),
  /** Why, for the reviewer. */
  note: z.string().optional(),
});
export type Erratum = z.infer<typeof ErratumSchema>;

/**
 * data/document-facts.json: what a copy of a document does not print about
 * itself (a resolution's body without its header), reviewed against the
 * original and tied to the copy by SHA-256 prefix.
 */
export const ReviewedFactsSchema = z.object({
  /** SHA-256 prefixes of the copies these facts describe. */
  sources: z.array(z.string().regex(/^[0-9a-f]{8,64}$/u)).min(1),
  /** Kind as the document names itself, e.g. `Nghị quyết`. */
  kind: z.string().min(1).optional(),
  /** Number and symbol, e.g. `71-NQ/TW`. */
  number: z.string().min(1).optional(),
  /** ISO date of issue. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional(),
  /** Date as the original writes it. */
  dateRaw: z.string().min(1).optional(),
  /** Issuing body, e.g. `Bộ Chính trị`. */
  issuer: z.string().min(1).optional(),
  /** Subject line, e.g. `về đột phá phát triển giáo dục và đào tạo`. */
  subject: z.string().min(1).optional(),
  /** Signer's name. */
  signer: z.string().min(1).optional(),
  /** Where the official original is published, for the reviewer and the reader. */
  original: z.string().url().optional(),
  /** Legal status, as a reviewer found it (`Hết hiệu lực từ 01/01/2027`). */
  status: z.string().min(1).optional(),
  /** Numbers of the documents it replaces, repeals or amends, where its text does not say. */
  replaces: z.array(z.string()).optional(),
  repeals: z.array(z.string()).optional(),
  amends: z.array(z.string()).optional(),
  /** Why, for the reviewer. */
  note: z.string().optional(),
});
export type ReviewedFacts = z.infer<typeof ReviewedFactsSchema>;

/** One item of data/id-lock.json: an id once published and the words it named. */
export const LockedItemSchema = z.object({
  /** Anchor id on the document page, e.g. `ii-2-y3`. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** The item's words as last published. */
  text: z.string(),
  /** Its wordings before that, oldest first, when the plan was amended. */
  earlier: z.array(z.string()).optional(),
});
export type LockedItem = z.infer<typeof LockedItemSchema>;

/** data/id-lock.json: per document, every id published, in document order. */
export const IdLockSchema = z.record(z.string(), z.array(LockedItemSchema));
export type IdLock = z.infer<typeof IdLockSchema>;

/** data/id-decisions.json: which item keeps a published id when two read alike (`npm run decide-id`). */
export const IdDecisionSchema = z.object({
  /** Document id. */
  document: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** The published id. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Source line where the item that keeps it starts. */
  line: z.number().int().positive(),
});
export type IdDecision = z.infer<typeof IdDecisionSchema>;

/** One published text of a document, archived by `npm run record-urls` (data/versions.json). */
export const VersionEntrySchema = z.object({
  /** SHA-256 of the text as published. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** When it was recorded as published, `YYYY-MM-DD`. */
  recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  /** The archived copy, relative to the data folder: `versions/<document>/<sha>.txt`. */
  file: z.string().regex(/^versions\/[a-z0-9-]+\/[0-9a-f]{12}\.txt$/u),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;

/** data/versions.json: per document, every text of it once published, oldest first. */
export const VersionsSchema = z.record(z.string(), z.array(VersionEntrySchema));

/** data/national-items.json: how tasks take up the items of a national document (the tasks of it), and what settles the rest. */
export const NationalItemsSchema = z.object({
  $comment: z.string().optional(),
  /** The number of the national document whose tasks are the items (`71-NQ/TW`). */
  national: z.string().min(1),
  /** Numbers whose implementing plans restate its items too (`91-KL/TW`). */
  restatedBy: z.array(z.string()),
  /** Folded words of plan logistics: drafting the plan, inspecting, reporting, emulation. */
  procedural: z.array(z.string().regex(/^[a-z0-9 ,-]+$/u)),
  /** Per item id, folded words a task that takes it up writes. */
  items: z.record(z.string().regex(/^[a-z0-9-]+$/u), z.array(z.string().regex(/^[a-z0-9 ,-]+$/u))),
  /** A reviewer's reading of one task: the items it takes up (none: `[]`), and why. */
  overrides: z.array(z.object({ document: z.string(), task: z.string(), items: z.array(z.string()), why: z.string().min(1) })),
});
export type NationalItems = z.infer<typeof NationalItemsSchema>;

/** data/national-issuers.json: bodies whose documents belong to no province (`Bộ Chính trị`, `Chính phủ`). */
export const NationalIssuersSchema = z.array(z.string().min(1));

/** data/portal-text.json: what a legal portal prints around a document it publishes. */
export const PortalTextSchema = z.object({
  /** Why the file exists, for the reviewer. */
  note: z.string(),
  /** Words of a line that opens the portal's text after the document (`Văn bản liên quan`). */
  trailerMarkers: z.array(z.string().min(1)),
  /** Labels of the document card the portal prints before it, and the fact each gives. */
  cardLabels: z.record(z.string(), z.enum(['number', 'kind', 'issuer', 'signer', 'date', 'effective', 'status'])),
  /** Values a portal shows in place of a fact it keeps for subscribers (`Đã biết`): no fact. */
  maskedValues: z.array(z.string()),
});
export type PortalText = z.infer<typeof PortalTextSchema>;

/**
 * data/search-synonyms.json: groups of words that name the same thing
 * (`GDĐT` = `Giáo dục và Đào tạo`), written without tone marks, đ as d, lower case.
 */
export const SearchSynonymsSchema = z.array(z.array(z.string().regex(/^[a-z0-9&, -]+$/u)).min(2));
export type SearchSynonyms = z.infer<typeof SearchSynonymsSchema>;

/** data/redirects.json: where a published URL went (`/page/` or `/page/#id`, without the base). */
export const RedirectSchema = z.object({
  /** The URL as it was published. */
  from: z.string().regex(/^\/[^\s]*$/u),
  /** Where it is now; must be published by the build. */
  to: z.string().regex(/^\/[^\s]*$/u),
  /** Why it moved, for the reviewer. */
  why: z.string().min(1),
});
export const RedirectsSchema = z.array(RedirectSchema);
export type Redirect = z.infer<typeof RedirectSchema>;

const RegexSourceSchema = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/**
 * data/collective-groups.json: who a collective group (`Các sở, ban, ngành`,
 * `UBND các xã, phường`) is made of, so that an agency's page lists the tasks
 * given to the groups it belongs to.
 */
export const CollectiveGroupSchema = z.object({
  /** Matches the group's name as the plans write it. */
  group: RegexSourceSchema,
  /** Agencies of the same province that belong to it: of this type, and (when given) with a name that matches. */
  members: z.array(z.object({ type: z.string().min(1), name: RegexSourceSchema.optional() })).min(1),
  /** Why, for the reviewer. */
  note: z.string().optional(),
});
export const CollectiveGroupsSchema = z.array(CollectiveGroupSchema);
export type CollectiveGroup = z.infer<typeof CollectiveGroupSchema>;

/** data/retired.json: documents a reviewer stopped following, with no successor published here (`npm run retire`). */
export const RetiredSchema = z.array(
  z.object({
    /** The document's id. */
    document: z.string().regex(/^[a-z0-9-]+$/u),
    /** Why, as the page says it (`Kế hoạch đã hết thời hạn thực hiện`). */
    why: z.string().min(1),
    /** ISO date it was retired. */
    retired: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  }),
);
export type Retired = z.infer<typeof RetiredSchema>;
