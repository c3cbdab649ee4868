import type { Agency } from '../../schema/index.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { boundedSlug } from '../../lib/fold-vietnamese.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { squeezed } from '../patterns/text.ts';
import { NAME_PUNCTUATION } from '../patterns/agency-names.ts';

/** An agency as one document names it. */
export interface AgencyMention {
  name: string;
  province: string | null;
}

export interface AgencyDirectory {
  agencies: Agency[];
  /** Id of the agency a mention resolves to. */
  idOf(mention: AgencyMention): string;
  /** Mentions that matched no entry of the alias file, once each. */
  unresolved: AgencyMention[];
}

/**
 * Resolve every written agency name to one agency per province, through the
 * reviewed alias file (abbreviations expanded, spelling variants folded), and
 * group agencies of the same name across provinces under a cross-province
 * kind. A name that matches no entry is kept as its own agency and reported.
 */
export function resolveAgencies(mentions: AgencyMention[], data: ReferenceData): AgencyDirectory {
  const keyOf = agencyKeyMaker(data);
  const provinceNames = data.provinces.flatMap((province) => [province.name, ...province.aliases]);
  const entries = new Map<string, { name: string; type?: string }>();
  for (const entry of data.aliases.agencies) {
    for (const name of [entry.name, ...entry.aliases]) entries.set(keyOf(name), entry);
  }

  const agencies = new Map<string, Agency>();
  const kinds = new Map<string, Agency>();
  const byMention = new Map<string, string>();
  const unresolved: AgencyMention[] = [];
  for (const mention of mentions) {
    const mentionKey = `${mention.province}\u0000${mention.name}`;
    if (byMention.has(mentionKey)) continue;
    const withoutProvince = stripProvince(mention.name, provinceNames);
    const entry = entries.get(keyOf(mention.name)) ?? entries.get(keyOf(withoutProvince));
    if (!entry) unresolved.push(mention);
    const kindName = entry?.name ?? withoutProvince;
    const name = entry && withoutProvince !== mention.name ? mention.name : (entry?.name ?? mention.name);
    const type = entry?.type ?? typeOf(kindName, data);
    const kindId = boundedSlug(kindName);
    if (!kinds.has(kindId)) {
      kinds.set(kindId, { id: kindId, name: kindName, aliases: [], province: null, type, kind: null, unresolved: !entry });
    }
    const id = boundedSlug(`${mention.province ?? 'khong-ro'} ${kindName}`);
    const agency = agencies.get(id) ?? { id, name, aliases: [], province: mention.province, type, kind: kindId, unresolved: !entry };
    if (mention.name !== agency.name && !agency.aliases.includes(mention.name)) agency.aliases.push(mention.name);
    agencies.set(id, agency);
    byMention.set(mentionKey, id);
  }
  for (const agency of agencies.values()) {
    const kind = kinds.get(agency.kind!)!;
    for (const alias of [agency.name, ...agency.aliases]) {
      if (alias !== kind.name && !kind.aliases.includes(alias)) kind.aliases.push(alias);
    }
  }
  const collator = new Intl.Collator('vi');
  return {
    agencies: [...kinds.values(), ...agencies.values()].sort(
      (a, b) => collator.compare(a.province ?? '', b.province ?? '') || collator.compare(a.name, b.name),
    ),
    idOf: (mention) => byMention.get(`${mention.province}\u0000${mention.name}`)!,
    unresolved,
  };
}

/** The key two spellings of one agency share: `Sở GDĐT` and `Sở Giáo dục và Đào tạo` → same key. */
export function agencyKeyMaker(data: ReferenceData): (name: string) => string {
  const spellings = data.aliases.spellings;
  const abbreviations = data.aliases.abbreviations.map(
    ([short, full]) => [new RegExp(`(?<![\\p{L}&])${escapeRegExp(short)}(?![\\p{L}&])`, 'gu'), full] as const,
  );
  return (name) => {
    let key = name.normalize('NFC');
    for (const [variant, spelling] of spellings) key = key.replaceAll(variant, spelling);
    for (const [pattern, full] of abbreviations) key = key.replace(pattern, full);
    return squeezed(key.toLowerCase().replace(NAME_PUNCTUATION, ' '));
  };
}

/** `Báo và Phát thanh, Truyền hình Cao Bằng` → `Báo và Phát thanh, Truyền hình`. */
function stripProvince(name: string, provinceNames: string[]): string {
  for (const province of provinceNames) {
    const stripped = name.replace(new RegExp(`\\s+(?:tỉnh\\s+)?${escapeRegExp(province)}$`, 'u'), '');
    if (stripped !== name) return stripped;
  }
  return name;
}

function typeOf(name: string, data: ReferenceData): string {
  return data.agencyTypes.find((entry) => entry.head.test(name))?.type ?? 'khác';
}

/** Every agency each document names, as lead, support or in a responsibility. */
export function agencyMentions(parsed: ParsedDocument[]): AgencyMention[] {
  return parsed.flatMap((document) => {
    const province = document.facts.province;
    return [
      ...document.tasks.flatMap((task) => [...task.lead, ...task.support]),
      ...document.responsibilities.flatMap((record) => record.agencies),
    ].map((name) => ({ name, province }));
  });
}
