import { element } from './dom.ts';
import type { FilterCounts } from './engine.ts';
import { AGENCY_FILTERS, FILTERS, nameOf, provinceOf, type State } from './state.ts';

/** Values of a filter listed before "Xem cả": the most frequent in the results. */
const FILTER_VALUES_SHOWN = 12;

/** Made when first needed: Intl loads its Vietnamese collation then, milliseconds a link with a query spends on its first results instead. */
let collator: Intl.Collator | null = null;
const compareVietnamese = (a: string, b: string) => (collator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);

export type Choose = (key: string, value: string, checked: boolean) => void;

/**
 * The filter panel: each filter's values that the results have (the chosen
 * ones always, to be unticked), each with how many items shown on the page
 * hold it (a value of results not yet shown has no count); agencies under
 * their province, since `Sở Tài chính` is a different office in each.
 */
export function filterGroups(state: State, found: FilterCounts, shownCounts: FilterCounts, choose: Choose): HTMLFieldSetElement[] {
  const counts: FilterCounts = Object.fromEntries(FILTERS.map(([key]) => [key, shownCounts[key] ?? {}]));
  return FILTERS.flatMap(([key, label]) => {
    const chosen = state.filters[key] ?? [];
    const held = (entries: Record<string, number> | undefined) => Object.entries(entries ?? {}).filter(([, count]) => count > 0).map(([value]) => value);
    const values = [...new Set([...held(shownCounts[key]), ...held(found[key]), ...chosen])];
    if (values.length === 0) return [];
    const fieldset = element('fieldset', 'filter-group');
    fieldset.append(element('legend', '', label));
    const byAgency = AGENCY_FILTERS.has(key);
    const sorted = values.sort((a, b) =>
      key === 'nam' ? a.localeCompare(b) : byAgency ? compareVietnamese(provinceOf(a), provinceOf(b)) || compareVietnamese(a, b) : compareVietnamese(a, b),
    );
    const options = sorted.map((value) => filterOption(key, value, byAgency ? nameOf(value) : value, counts[key]?.[value] ?? 0, chosen.includes(value), choose));
    const shown = new Set(
      [...sorted]
        .sort((a, b) => (counts[key]?.[b] ?? 0) - (counts[key]?.[a] ?? 0))
        .slice(0, FILTER_VALUES_SHOWN)
        .concat(chosen),
    );
    sorted.forEach((value, index) => (options[index]!.hidden = !shown.has(value)));
    const groups = byAgency ? provinceGroups(sorted, options) : [];
    fieldset.append(...(byAgency ? groups : options));
    if (shown.size < sorted.length) fieldset.append(showAllButton(sorted.length, [...options, ...groups]));
    return [fieldset];
  });
}

function showAllButton(count: number, hidden: HTMLElement[]): HTMLButtonElement {
  const all = element('button', 'filter-more', `Xem cả ${count} giá trị`);
  all.type = 'button';
  all.addEventListener('click', () => {
    hidden.forEach((option) => (option.hidden = false));
    all.remove();
  });
  return all;
}

/** Options wrapped by province, a group hidden when all its options are. */
function provinceGroups(values: string[], options: HTMLElement[]): HTMLElement[] {
  const groups: HTMLElement[] = [];
  values.forEach((value, index) => {
    const province = provinceOf(value) || 'Trung ương, mọi tỉnh';
    let group = groups.at(-1);
    if (!group || group.dataset.province !== province) {
      group = element('div', 'filter-subgroup');
      group.dataset.province = province;
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', province);
      group.append(element('p', 'filter-subgroup-name', province));
      groups.push(group);
    }
    group.append(options[index]!);
  });
  for (const group of groups) group.hidden = [...group.querySelectorAll<HTMLElement>('.filter-option')].every((option) => option.hidden);
  return groups;
}

function filterOption(key: string, value: string, label: string, count: number, checked: boolean, choose: Choose): HTMLDivElement {
  const id = `loc-${key}-${[...value].map((character) => character.codePointAt(0)!.toString(36)).join('')}`;
  const wrapper = element('div', 'filter-option');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = checked;
  box.addEventListener('change', () => choose(key, value, box.checked));
  const text = element('label', '', count > 0 ? `${label} (${count})` : label);
  text.setAttribute('for', id);
  wrapper.append(box, text);
  return wrapper;
}
