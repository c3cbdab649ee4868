import type { ReferenceData } from '../reference-data.ts';
import { foldVietnamese } from '../../lib/fold-vietnamese.ts';

/** Why a task group got its theme, for the ingest report. */
export interface ThemeDecision {
  theme: string;
  by: 'override' | 'group heading' | 'task' | 'document title' | 'fallback';
}

/**
 * The theme of a task group: a reviewed override, else the first theme whose
 * rules match the group heading, else, for a task in no group (an agency's
 * duty), its own words, else the document title (plans with a single theme
 * such as a communication plan), else the fallback.
 */
export function mapTheme(
  document: string,
  group: { id: string; text: string } | null,
  title: string,
  data: ReferenceData,
  text = '',
): ThemeDecision {
  const override = data.themes.overrides.find((entry) => entry.document === document && entry.group === group?.id);
  if (override) return { theme: override.theme, by: 'override' };
  const matching = (text: string) => {
    const key = foldVietnamese(text).toLowerCase();
    return data.themes.themes.find((theme) => theme.match.some((rule) => new RegExp(rule, 'u').test(key)))?.key;
  };
  const byGroup = group ? matching(group.text) : undefined;
  if (byGroup) return { theme: byGroup, by: 'group heading' };
  const byText = group ? undefined : matching(text);
  if (byText) return { theme: byText, by: 'task' };
  const byTitle = matching(title);
  if (byTitle) return { theme: byTitle, by: 'document title' };
  return { theme: data.themes.fallback, by: 'fallback' };
}
