import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectiveGroupsOf } from '../../src/lib/collective-groups.ts';
import { CollectiveGroupsSchema, type Agency } from '../../src/schema/index.ts';

const rules = CollectiveGroupsSchema.parse(JSON.parse(readFileSync(new URL('../../data/collective-groups.json', import.meta.url), 'utf8')));
const agency = (province: string, name: string, type: string): Agency => ({
  id: `${province}-${name}`.toLowerCase().replace(/[^a-z0-9]+/gu, '-'),
  name,
  aliases: [],
  province,
  type,
  kind: null,
  unresolved: false,
});
const names = (groups: Map<string, Agency[]>, member: Agency) => (groups.get(member.id) ?? []).map((group) => group.name).sort();

describe('collective groups (issue 13.4)', () => {
  const finance = agency('X', 'Sở Tài chính', 'sở');
  const education = agency('X', 'Sở Giáo dục và Đào tạo', 'sở');
  const province = agency('X', 'Ủy ban nhân dân tỉnh', 'UBND');
  const commune = agency('X', 'UBND xã Hòa An', 'UBND');
  const unit = agency('X', 'Văn phòng Sở', 'phòng, đơn vị');
  const elsewhere = agency('Y', 'Sở Tài chính', 'sở');
  const all = [
    finance,
    education,
    province,
    commune,
    unit,
    elsewhere,
    agency('X', 'Các sở, ban, ngành, đơn vị và địa phương', 'tập thể'),
    agency('X', 'UBND các xã, phường', 'tập thể'),
    agency('X', 'Các cơ quan tham mưu, giúp việc Tỉnh ủy', 'cấp ủy'),
    agency('X', 'Các đơn vị thuộc Sở', 'phòng, đơn vị'),
    agency('X', 'Ngành giáo dục', 'tập thể'),
  ];
  const groups = collectiveGroupsOf(all, rules);

  it('puts a department in “các sở, ban, ngành” of its own province only, not in the party’s advisory bodies', () => {
    expect(names(groups, finance)).toEqual(['Các sở, ban, ngành, đơn vị và địa phương']);
    expect(names(groups, elsewhere)).toEqual([]);
  });

  it('puts a commune’s committee in “UBND các xã, phường” and “địa phương”, the province’s committee in neither', () => {
    expect(names(groups, commune)).toEqual(['Các sở, ban, ngành, đơn vị và địa phương', 'UBND các xã, phường']);
    expect(names(groups, province)).toEqual([]);
  });

  it('puts the education department in its sector, and its units in “các đơn vị thuộc Sở”, never a group in itself', () => {
    expect(names(groups, education)).toEqual(['Các sở, ban, ngành, đơn vị và địa phương', 'Ngành giáo dục']);
    expect(names(groups, unit)).toEqual(['Các đơn vị thuộc Sở', 'Ngành giáo dục']);
    expect(groups.has(all.find((entry) => entry.name === 'Các đơn vị thuộc Sở')!.id)).toBe(false);
  });
});
