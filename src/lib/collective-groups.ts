import type { Agency, CollectiveGroup } from '../schema/index.ts';
import { groupBy } from './group-by.ts';

/** A group named as one (`Các sở, ban, ngành`) is not one of its own members. */
const NAMED_AS_GROUP = /^(?:Các|UBND các|[UỦ]ỷ ban nhân dân các)\s/u;

/**
 * For each provincial agency, the collective groups of its province it
 * belongs to, by the reviewed rules of data/collective-groups.json.
 */
export function collectiveGroupsOf(agencies: Agency[], rules: CollectiveGroup[]): Map<string, Agency[]> {
  const compiled = rules.map((rule) => ({
    group: new RegExp(rule.group, 'u'),
    members: rule.members.map((member) => ({ type: member.type, name: member.name ? new RegExp(member.name, 'u') : null })),
  }));
  const byProvince = groupBy(
    agencies.filter((agency) => agency.province !== null),
    (agency) => agency.province!,
  );
  const result = new Map<string, Agency[]>();
  for (const members of byProvince.values()) {
    const groups = members
      .map((group) => ({ group, rules: compiled.filter((rule) => rule.group.test(group.name)) }))
      .filter((entry) => entry.rules.length > 0);
    for (const agency of members) {
      if (NAMED_AS_GROUP.test(agency.name)) continue;
      const belongs = groups
        .filter(({ group, rules }) => group.id !== agency.id && rules.some((rule) => rule.members.some((member) => member.type === agency.type && (!member.name || member.name.test(agency.name)))))
        .map(({ group }) => group);
      if (belongs.length > 0) result.set(agency.id, belongs);
    }
  }
  return result;
}
