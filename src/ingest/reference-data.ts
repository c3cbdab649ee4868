import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  AgencyAliasesSchema,
  AgencyTypeSchema,
  DocumentKindSchema,
  ErratumSchema,
  IndicatorSchema,
  IdDecisionSchema,
  IdLockSchema,
  NationalIssuersSchema,
  PortalTextSchema,
  RetiredSchema,
  ProvinceSchema,
  ReviewedFactsSchema,
  VersionsSchema,
  ThemeTaxonomySchema,
  z,
  type AgencyAliases,
  type DocumentKind,
  type Erratum,
  type IdDecision,
  type Indicator,
  type LockedItem,
  type PortalText,
  type Retired,
  type Province,
  type ReviewedFacts,
  type VersionEntry,
  type ThemeTaxonomy,
  NationalItemsSchema,
  type NationalItems,
} from '../schema/index.ts';
import { squeezed } from './patterns/text.ts';

/** The reviewed data files under data/, validated and ready to match with. */
export interface ReferenceData {
  documentKinds: DocumentKind[];
  provinces: Province[];
  agencyTypes: Array<{ type: string; head: RegExp }>;
  /** Matches the start of any agency name. */
  agencyHead: RegExp;
  /** Matches the start of a collective group (`Các sở, ban, ngành`, `Cấp ủy`): the agency type `tập thể`. */
  collectiveHead: RegExp;
  aliases: AgencyAliases;
  themes: ThemeTaxonomy;
  indicators: Indicator[];
  /** Facts a copy does not print about itself, by SHA-256 prefix. */
  documentFacts: ReviewedFacts[];
  /** Matches the start of an issuer whose documents belong to no province. */
  nationalIssuer: RegExp;
  /** Every id once published, per document, with its words (written by `npm run record-urls`). */
  idLock: Record<string, LockedItem[]>;
  /** Every target anchor once published (`ii-1-y2-ct3`), per document, with its words. */
  targetLock: Record<string, LockedItem[]>;
  /** Reviewed choices of which item keeps a published id when two read alike. */
  idDecisions: IdDecision[];
  /** Every text of each document once published (`npm run record-urls` archives them). */
  versions: Record<string, VersionEntry[]>;
  /** Documents a reviewer stopped following (`npm run retire`). */
  retired: Retired;
  /** The folder these were read from (archived versions are files under it). */
  dataDir: string;
  errata: Erratum[];
  /** How tasks take up the items of a national document (data/national-items.json). */
  nationalItems: NationalItems;
  /** What legal portals print around a document they publish. */
  portal: PortalText;
  /** Whether the alias file names this as one agency (`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội`): never split. */
  isKnownAgency: (name: string) => boolean;
}

/** The agency type of data/agency-types.json that holds collective groups rather than one agency. */
const COLLECTIVE_TYPE = 'tập thể';
/** Matches no name: the collective head when the data names none (private to `loadReferenceData`). */
const NOTHING = /(?!)/u;

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class ReferenceDataError extends Error {}

export function loadReferenceData(dataDir = DEFAULT_DATA_DIR): ReferenceData {
  const agencyTypeEntries = read(dataDir, 'agency-types.json', z.array(AgencyTypeSchema));
  const agencyTypes = agencyTypeEntries.map((entry) => ({
    type: entry.type,
    head: new RegExp(`^(?:${entry.heads.join('|')})`, 'u'),
  }));
  const aliases = read(dataDir, 'agency-aliases.json', AgencyAliasesSchema);
  const known = new Set(aliases.agencies.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]).map(knownKey));
  return {
    isKnownAgency: (name) => known.has(knownKey(name)),
    documentKinds: read(dataDir, 'document-kinds.json', z.array(DocumentKindSchema)),
    provinces: read(dataDir, 'provinces.json', z.array(ProvinceSchema)),
    agencyTypes,
    collectiveHead: agencyTypes.find((entry) => entry.type === COLLECTIVE_TYPE)?.head ?? NOTHING,
    agencyHead: new RegExp(`^(?:${agencyTypeEntries.flatMap((entry) => entry.heads).join('|')})`, 'u'),
    aliases,
    themes: read(dataDir, 'themes.json', ThemeTaxonomySchema),
    indicators: read(dataDir, 'indicators.json', z.array(IndicatorSchema)),
    documentFacts: read(dataDir, 'document-facts.json', z.array(ReviewedFactsSchema)),
    idLock: read(dataDir, 'id-lock.json', IdLockSchema),
    targetLock: read(dataDir, 'target-lock.json', IdLockSchema),
    idDecisions: read(dataDir, 'id-decisions.json', z.array(IdDecisionSchema)),
    versions: read(dataDir, 'versions.json', VersionsSchema),
    retired: existsSync(join(dataDir, 'retired.json')) ? read(dataDir, 'retired.json', RetiredSchema) : [],
    dataDir,
    nationalIssuer: new RegExp(`^(?:${read(dataDir, 'national-issuers.json', NationalIssuersSchema).join('|')})(?![\\p{L}])`, 'iu'),
    errata: read(dataDir, 'errata.json', z.array(ErratumSchema)),
    nationalItems: read(dataDir, 'national-items.json', NationalItemsSchema),
    portal: read(dataDir, 'portal-text.json', PortalTextSchema),
  };
}

/** A name as the alias file's entries are compared: one case, spacing folded. */
const knownKey = (name: string) => squeezed(name.normalize('NFC').toLowerCase());

function read<T>(dataDir: string, name: string, schema: z.ZodType<T>): T {
  const path = join(dataDir, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ReferenceDataError(`data/${name}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReferenceDataError(`data/${name}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
