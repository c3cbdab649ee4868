import { z } from './zod.ts';

/**
 * An editor's corrections to the reading of one document:
 * `data/corrections/<document-id>.yaml`, reviewed like code. Each entry names
 * the item it corrects by id (or, for an item the reader missed, by its source
 * lines) and the words it was written for (`words`, a hash of the item's
 * text): when the words change, the entry is stale and is not applied.
 */

/** 8 hex digits of the SHA-256 of an item's words (src/lib/words-hash.ts), as `npm run correct` writes them. */
export const WordsHashSchema = z
  .string()
  .regex(/^[0-9a-f]{8}$/u, 'expected the 8 hex digits of the item’s words, as `npm run correct` writes them or the build’s message gives them');

const IdSchema = z.string().regex(/^[a-z0-9-]+$/u, 'expected an id as the document page’s address gives it after `#` (`iii-2-y4`)');
/** A source line (`120`) or a range of lines (`120-124`) of the document's file. */
const LinesSchema = z.union([z.number().int().positive(), z.string().regex(/^\s*\d+\s*-\s*\d+\s*$/u, 'expected a line (`120`) or a range of lines (`120-124`)')]);
const AgenciesSchema = z.array(z.string().trim().min(1, 'expected an agency’s name'));
const TimeframeWordsSchema = z.string().trim().min(1, 'expected the words of a timeframe (`Quý II/2026`), or null to clear it');
const NoteSchema = z.string().optional();

/** What a review checked: the whole document, or some of what the reader read. */
export const REVIEW_SCOPES = ['all', 'tasks', 'leads', 'timeframes', 'themes', 'responsibilities', 'targets'] as const;
export type ReviewScope = (typeof REVIEW_SCOPES)[number];

/** One review of the reading by a person: who, when, what was checked. */
export const ReviewSchema = z.strictObject({
  by: z.string().trim().min(1, 'expected who reviewed'),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected the day of the review as YYYY-MM-DD'),
  checked: z.array(z.enum(REVIEW_SCOPES)).min(1, 'expected what was checked: all, tasks, leads, timeframes, themes, responsibilities or targets'),
  note: NoteSchema,
});
export type Review = z.infer<typeof ReviewSchema>;

/** Set or clear what the reader read of a task; or say it is no task (its words stay on the page). */
export const TaskCorrectionSchema = z.strictObject({
  id: IdSchema,
  words: WordsHashSchema,
  lead: AgenciesSchema.optional(),
  support: AgenciesSchema.optional(),
  timeframe: TimeframeWordsSchema.nullable().optional(),
  /** A theme key of data/themes.json; null for the fallback theme. */
  theme: z.string().nullable().optional(),
  'not-a-task': z.literal(true).optional(),
  note: NoteSchema,
});

/** A task the reader missed: the whole items that start on the lines given. */
export const TaskAdditionSchema = z.strictObject({
  lines: LinesSchema,
  words: WordsHashSchema,
  lead: AgenciesSchema.default([]),
  support: AgenciesSchema.default([]),
  timeframe: TimeframeWordsSchema.nullable().default(null),
  theme: z.string().nullable().optional(),
  note: NoteSchema,
});

export const ResponsibilityCorrectionSchema = z.strictObject({
  id: IdSchema,
  words: WordsHashSchema,
  agencies: AgenciesSchema.min(1, 'expected at least one agency').optional(),
  'not-a-responsibility': z.literal(true).optional(),
  note: NoteSchema,
});

export const ResponsibilityAdditionSchema = z.strictObject({
  lines: LinesSchema,
  words: WordsHashSchema,
  agencies: AgenciesSchema.min(1, 'expected at least one agency'),
  note: NoteSchema,
});

const ComparatorSchema = z.enum(['>', '>=', '<', '<=', '=', 'range']);

export const TargetCorrectionSchema = z.strictObject({
  id: IdSchema,
  words: WordsHashSchema,
  comparator: ComparatorSchema.optional(),
  value: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().nullable().optional(),
  year: z.number().int().nullable().optional(),
  /** An indicator key of data/indicators.json, or null for none. */
  indicator: z.string().nullable().optional(),
  'not-a-target': z.literal(true).optional(),
  note: NoteSchema,
});

/** A numeric target the reader missed: the words stating it (`02 lần/ngày`) in the item starting on the lines given. */
export const TargetAdditionSchema = z.strictObject({
  lines: LinesSchema,
  words: WordsHashSchema,
  phrase: z.string().trim().min(1, 'expected the words that state the value, as written'),
  comparator: ComparatorSchema,
  value: z.number(),
  max: z.number().optional(),
  unit: z.string().nullable().default(null),
  year: z.number().int().nullable().default(null),
  indicator: z.string().nullable().optional(),
  note: NoteSchema,
});

export type TaskCorrection = z.infer<typeof TaskCorrectionSchema>;
export type TaskAddition = z.infer<typeof TaskAdditionSchema>;
export type ResponsibilityCorrection = z.infer<typeof ResponsibilityCorrectionSchema>;
export type ResponsibilityAddition = z.infer<typeof ResponsibilityAdditionSchema>;
export type TargetCorrection = z.infer<typeof TargetCorrectionSchema>;
export type TargetAddition = z.infer<typeof TargetAdditionSchema>;

/**
 * The kinds of entry a corrections file holds, by the list they are under;
 * an entry with `lines` adds an item, one with `id` corrects one.
 */
export const CORRECTION_LISTS = {
  tasks: { correct: TaskCorrectionSchema, add: TaskAdditionSchema },
  responsibilities: { correct: ResponsibilityCorrectionSchema, add: ResponsibilityAdditionSchema },
  targets: { correct: TargetCorrectionSchema, add: TargetAdditionSchema },
} as const;
export type CorrectionList = keyof typeof CORRECTION_LISTS;

/** The file's top level: its review records (one, or a list) and its three lists, each entry checked on its own. */
export const CorrectionsFileSchema = z.strictObject({
  reviewed: z.unknown().optional(),
  tasks: z.array(z.unknown()).optional(),
  responsibilities: z.array(z.unknown()).optional(),
  targets: z.array(z.unknown()).optional(),
});

/** The fields of a record an editor set (`added`: the editor added the record). */
export const CORRECTED_FIELDS = ['added', 'lead', 'support', 'timeframe', 'theme', 'agencies', 'comparator', 'value', 'max', 'unit', 'year', 'indicator'] as const;
export const CorrectedFieldsSchema = z.array(z.enum(CORRECTED_FIELDS));
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

/** What a document page and the review page say of a document's reading: reviewed by whom, what was corrected, what the reader doubted. */
export const ReadingReviewSchema = z.object({
  /** Reviews by a person, oldest first; empty: read by the machine only. */
  reviews: z.array(ReviewSchema),
  /** The corrections file, `data/corrections/<id>.yaml`, when there is one. */
  file: z.string().nullable(),
  /** Each entry of that file: the item it names, where it is in the file, and whether it applied. */
  corrections: z.array(
    z.object({
      line: z.number().int().positive(),
      list: z.enum(['tasks', 'responsibilities', 'targets']),
      /** The item's id (for an added one, the id it took). */
      id: z.string().nullable(),
      /** `applied`; `stale`: the item's words changed since; `unneeded`: the reader now reads it so. */
      status: z.enum(['applied', 'stale', 'unneeded']),
      fields: CorrectedFieldsSchema,
      note: z.string().optional(),
    }),
  ),
  /** The reader's self-check warnings on this document: where to look first. */
  warnings: z.array(
    z.object({
      line: z.number().int().nonnegative(),
      /** The item holding that line on the document page, when one does. */
      at: z.string().nullable(),
      message: z.string(),
      origin: z.string(),
    }),
  ),
});
export type ReadingReview = z.infer<typeof ReadingReviewSchema>;
