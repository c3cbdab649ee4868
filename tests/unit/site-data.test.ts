import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/pipeline.ts';
import { siteData, themeRegionKey, type SiteRecords } from '../../src/lib/site-data/index.ts';
import { agencyEntries, kindRecords, printGroups, printSheets, recordsOf, unitedRecords, type AgencyRecords } from '../../src/lib/agency-index.ts';
import { CollectiveGroupsSchema } from '../../src/schema/index.ts';
import { referenceData } from '../helpers/ingest-text.ts';

// Two plans of two provinces, cut from the seeds (fixtures work-item, Lâm Đồng, and no-work, Bắc Kạn), joined as the site joins them.
const fixture = (name: string) => ({ path: `tests/fixtures/${name}/input.txt`, load: () => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url)) });
const content = ingest([fixture('work-item'), fixture('no-work')], { ...referenceData, idLock: {}, targetLock: {}, versions: {} }).content!;
const records: SiteRecords = {
  documents: content.documents.map((document) => document.facts),
  tasks: content.tasks,
  targets: content.targets,
  responsibilities: content.responsibilities,
  agencies: content.agencies,
  references: content.references,
  passages: content.passages,
};
const groups = { collectiveGroups: CollectiveGroupsSchema.parse(JSON.parse(readFileSync(new URL('../../data/collective-groups.json', import.meta.url), 'utf8'))), itemWords: {} };

describe('site data: the collections joined once for the pages and the exports', () => {
  const site = siteData(records, groups);

  it('lists documents and provinces in Vietnamese order, and finds each', () => {
    expect(site.provinces).toEqual(['Bắc Kạn', 'Lâm Đồng']);
    expect(site.documents.map((document) => document.province)).toEqual(['Bắc Kạn', 'Lâm Đồng']);
    for (const document of site.documents) expect(site.documentById.get(document.id)).toBe(document);
    expect([...site.documentsByRegion.keys()]).toEqual(['Bắc Kạn', 'Lâm Đồng']);
  });

  it('indexes every task under its document, and under each of its themes in its region', () => {
    expect([...site.tasksByDocument.values()].flat()).toHaveLength(content.tasks.length);
    for (const task of content.tasks) {
      for (const theme of task.themes) expect(site.tasksByThemeRegion.get(themeRegionKey(theme, site.regionOf(task)))).toContain(task);
    }
  });

  it('gives each agency the tasks that name it, and a kind those of its provinces’ agencies', () => {
    const led = content.tasks.find((task) => task.leadIds.length > 0)!;
    expect(recordsOf(site, led.leadIds[0]!).led).toContain(led);
    const kind = site.agencies.find((agency) => agency.kind === null && (site.agenciesByKind.get(agency.id)?.length ?? 0) > 0);
    if (kind) {
      const members = kindRecords(kind, site);
      expect(unitedRecords(members.map((member) => member.records)).led).toEqual([...new Set(members.flatMap((member) => member.records.led))]);
    }
  });

  it('leaves a replaced plan out of comparisons and to-do lists, its tasks kept apart', () => {
    // The plan whose tasks name agencies (seed 003's duties of `Đảng ủy Ủy ban nhân dân tỉnh`).
    const replaced = site.documents.find((document) => content.tasks.some((task) => task.document === document.id && task.leadIds.length > 0));
    const kept = site.documents.find((document) => document !== replaced);
    const standing = { ...replaced!.standing, state: 'replaced' as const };
    const later = siteData({ ...records, documents: records.documents.map((document) => (document.id === replaced!.id ? { ...document, standing } : document)) }, groups);
    const ofReplaced = (list: Array<{ document: string }>) => list.filter((record) => record.document === replaced!.id);
    expect(ofReplaced([...later.tasksByThemeRegion.values()].flat())).toEqual([]);
    expect(ofReplaced([...later.agencyRecords.values()].flatMap((entry) => entry.led))).toEqual([]);
    expect(ofReplaced([...later.agencyRecords.values()].flatMap((entry) => entry.superseded)).length).toBeGreaterThan(0);
    expect(later.tasksByThemeRegion.size).toBeGreaterThan(0);
    expect(kept!.id).not.toBe(replaced!.id);
  });

  it('lists an agency’s duty under its heading once, as the task it leads, not again as its responsibility (issue 33.3)', () => {
    const both = content.responsibilities.filter((record) => content.tasks.some((task) => task.document === record.document && task.id === record.id));
    expect(both.length).toBeGreaterThan(0);
    for (const record of both) {
      for (const agency of record.agencyIds) {
        const own = recordsOf(site, agency);
        const asTask = [...own.led, ...own.supported].some((task) => task.document === record.document && task.id === record.id);
        if (asTask) expect(own.responsibilities).not.toContain(record);
      }
      expect(site.alsoResponsibility.has(`${record.document}#${record.id}`)).toBe(true);
    }
  });

  it('prints a long to-do on sheets by document: as many whole documents on a sheet as fit, a longer one over sheets of its own (issue 36.3)', () => {
    const [a, b, c] = ['ke-hoach-a', 'ke-hoach-b', 'ke-hoach-c'];
    const order = new Map([a, b, c].map((id, index) => [id, index]));
    const of = (document: string, count: number) => Array.from({ length: count }, () => ({ ...content.tasks[0]!, document }));
    // Listed by group (led, then supported), printed by document in the site's order.
    const records: AgencyRecords = { led: [...of(b, 2), ...of(a, 3)], supported: of(c, 6), collective: [], responsibilities: [], targets: [], superseded: [] };
    const sheets = printSheets(records, order, 4);
    expect(sheets.map((sheet) => [sheet.number, sheet.count, sheet.documents, agencyEntries(sheet.records).length])).toEqual([
      [1, 4, [a], 3],
      [2, 4, [b], 2],
      [3, 4, [c], 4],
      [4, 4, [c], 2],
    ]);
    expect(sheets[0]!.records.led).toHaveLength(3);
    expect(sheets[2]!.records.supported).toHaveLength(4);
    // A to-do that fits one sheet is printed whole, every group in order, empty ones too.
    const [whole] = printSheets(records, order, 11);
    expect(whole!.records).toBe(records);
    expect(printGroups(whole!.records).map((group) => `${group.key} ${group.rows.length}`)).toEqual(['led 5', 'supported 6', 'collective 0', 'responsibilities 0', 'targets 0', 'superseded 0']);
  });
});
