import type { ReferenceData } from '../reference-data.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';

/** A task's themes, the first the main one, and how the first was decided. */
export interface ThemeDecision {
  themes: string[];
  by: 'override' | 'words' | 'group heading' | 'document title' | 'fallback';
}

/** What the heading of the section a task stands in counts for, against each theme word of the task's own. */
const SECTION_WEIGHT = 2;
/** Words of another theme that make it a task's second theme, when the section's theme stays first. */
const SECOND_THEME_WORDS = 3;
/** Words a task needs to take a theme of its own where its section has none (one word alone is chance). */
const WORDS_WITHOUT_SECTION = 2;

/**
 * A task's themes, from its own words: each theme counts the words of
 * data/themes.json its text holds, the theme of the section it stands in (a
 * reviewed override, the group heading, else the document's title) counting
 * SECTION_WEIGHT more. The highest is the main theme; the section's theme
 * is second when the task's words moved it away but still name it, and
 * another theme is second when its words are many. A task with no theme
 * word takes its section's theme; where the section has none, a task needs
 * two words of a theme to take it, else it takes the fallback.
 */
export function mapThemes(
  document: string,
  group: { id: string; text: string } | null,
  title: string,
  data: ReferenceData,
  text: string,
): ThemeDecision {
  const section = sectionTheme(document, group, title, data);
  const own = wordCounts(text, data);
  const best = Math.max(0, ...own.values());
  if (best < (section ? 1 : WORDS_WITHOUT_SECTION)) return section ?? { themes: [data.themes.fallback], by: 'fallback' };
  const total = (theme: string) => (own.get(theme) ?? 0) + (theme === section?.themes[0] ? SECTION_WEIGHT : 0);
  const ranked = data.themes.themes.map((theme) => theme.key).sort((a, b) => total(b) - total(a) || Number(b === section?.themes[0]) - Number(a === section?.themes[0]));
  const main = ranked[0]!;
  const prior = section?.themes[0];
  const second =
    prior && main !== prior
      ? (own.get(prior) ?? 0) > 0 ? prior : undefined
      : ranked.slice(1).find((theme) => (own.get(theme) ?? 0) >= SECOND_THEME_WORDS && (own.get(theme) ?? 0) > (own.get(main) ?? 0));
  return { themes: second ? [main, second] : [main], by: main === prior ? section!.by : 'words' };
}

/** The theme of the section a task stands in: a reviewed override, else the group heading's, else the document title's. */
function sectionTheme(document: string, group: { id: string; text: string } | null, title: string, data: ReferenceData): ThemeDecision | null {
  const override = data.themes.overrides.find((entry) => entry.document === document && entry.group === group?.id);
  if (override) return { themes: [override.theme], by: 'override' };
  const matching = (text: string) => {
    const key = foldVietnamese(text).toLowerCase();
    return data.themes.themes.find((theme) => theme.match.some((rule) => new RegExp(rule, 'u').test(key)))?.key;
  };
  const byGroup = group ? matching(group.text) : undefined;
  if (byGroup) return { themes: [byGroup], by: 'group heading' };
  const byTitle = matching(title);
  return byTitle ? { themes: [byTitle], by: 'document title' } : null;
}

/** A theme's words as patterns; a plain word also as its text, which the folded text must hold for the pattern to match (a cheap test first). */
interface ThemePatterns {
  theme: string;
  words: Array<{ literal: string | null; pattern: RegExp }>;
}
const wordPatterns = new WeakMap<ReferenceData, ThemePatterns[]>();

/**
 * How many of each theme's words the text holds, each word once; a rule that
 * names the theme in a heading (`match`: `tuyen truyen`, `chuyen doi so`)
 * counts once more.
 */
function wordCounts(text: string, data: ReferenceData): Map<string, number> {
  let patterns = wordPatterns.get(data);
  if (!patterns) {
    patterns = data.themes.themes.map((theme) => ({
      theme: theme.key,
      words: [
        ...theme.words.map((word) => ({ literal: word, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u') })),
        ...theme.match.map((rule) => ({ literal: null, pattern: new RegExp(rule, 'u') })),
      ],
    }));
    wordPatterns.set(data, patterns);
  }
  const folded = foldVietnamese(text).toLowerCase();
  const holds = ({ literal, pattern }: ThemePatterns['words'][number]) => (literal === null || folded.includes(literal)) && pattern.test(folded);
  return new Map(patterns.map(({ theme, words }) => [theme, words.filter(holds).length]));
}
