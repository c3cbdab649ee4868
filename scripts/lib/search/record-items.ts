import type { OpenData } from '../../../src/schema/index.ts';
import { passagePlace } from '../passage-place.ts';
import { groupBy } from '../../../src/lib/group-by.ts';
import { plansWithoutLeads } from '../../../src/lib/lead-gaps.ts';
import { TYPES, type DocumentItem, type IndexedItem, type ItemContext } from './search-item.ts';

/** Items of each record kind: one builder per kind, each given what the others share. */

export function taskItems(tasks: OpenData['tasks'], context: ItemContext): DocumentItem[] {
  const { item, allNames, namesOf, filterValuesOf, options } = context;
  return tasks.map((task) => {
    const document = context.documentById.get(task.document)!;
    const themes = task.themes.map((key) => options.themeLabel.get(key));
    const year = task.timeframe?.end ?? task.timeframe?.start;
    return {
      document: task.document,
      anchor: task.id,
      item: item(
        `${task.permalink}#${task.id}`,
        TYPES.task,
        task.text,
        [task.reading ?? '', task.context ?? '', ...allNames([...task.leadIds, ...task.supportIds]), task.timeframe?.raw ?? '', task.path],
        {
          title: `Nhiệm vụ ${task.position}, mục ${task.path} · ${context.shortName(document)}`,
          province: task.province ?? undefined,
          lead: namesOf(task.leadIds).join('; ') || 'Văn bản không nêu',
          support: namesOf(task.supportIds).join('; ') || undefined,
          timeframe: task.timeframe?.raw ?? 'Không nêu thời gian',
          theme: themes.join(', '),
        },
        {
          province: [task.province],
          document: [context.shortName(document)],
          lead: filterValuesOf(task.leadIds),
          support: filterValuesOf(task.supportIds),
          theme: themes,
          year: [year ? year.slice(0, 4) : null],
        },
      ),
    };
  });
}

export function responsibilityItems(records: OpenData['responsibilities'], context: ItemContext): DocumentItem[] {
  return records.map((record) => {
    const document = context.documentById.get(record.document)!;
    const agencies = record.agencyIds.map(context.agencyName).join('; ');
    return {
      document: record.document,
      anchor: record.id,
      item: context.item(
        record.url,
        TYPES.responsibility,
        record.text,
        [record.reading ?? '', ...context.allNames(record.agencyIds)],
        { title: `Trách nhiệm của ${agencies} · ${context.shortName(document)}`, province: record.province ?? undefined, lead: agencies },
        { province: [record.province], document: [context.shortName(document)], lead: context.filterValuesOf(record.agencyIds) },
      ),
    };
  });
}

export function targetItems(targets: OpenData['targets'], context: ItemContext): DocumentItem[] {
  return targets.map((target) => {
    const document = context.documentById.get(target.document)!;
    return {
      document: target.document,
      anchor: target.id,
      item: context.item(
        target.url,
        TYPES.target,
        target.segment,
        [target.text, target.indicator ?? ''],
        {
          title: `Chỉ tiêu: ${target.phrase}${target.year ? `, năm ${target.year}` : ''} · ${context.shortName(document)}`,
          province: target.province ?? undefined,
        },
        { province: [target.province], document: [context.shortName(document)], year: [target.year ? String(target.year) : null] },
      ),
    };
  });
}

/** Each document, then each section of its outline. */
export function documentItems(documents: OpenData['documents'], context: ItemContext): DocumentItem[] {
  return documents.flatMap((document) => {
    const province = document.province ?? undefined;
    const filters = { province: [document.province], document: [context.shortName(document)] };
    const own = context.item(
      document.url,
      TYPES.document,
      document.title,
      [document.issuer ?? '', document.number ?? '', document.symbol ?? '', ...document.implements, document.province ?? ''],
      { title: document.title, province },
      filters,
    );
    const sections = document.outline.map((entry) => ({
      document: document.id,
      anchor: entry.id,
      item: context.item(
        `${document.url}#${entry.id}`,
        TYPES.section,
        `${entry.label} ${entry.title}`,
        [],
        { title: `Mục ${entry.label} ${entry.title} · ${context.shortName(document)}`, province },
        filters,
      ),
    }));
    return [{ document: document.id, anchor: '', item: own }, ...sections];
  });
}

/** Passages no other item stands for (`shown`: `<document>#<anchor>` of those), headings aside. */
export function passageItems(passages: OpenData['passages'], shown: Set<string>, context: ItemContext): DocumentItem[] {
  return passages
    .filter((passage) => !shown.has(`${passage.document}#${passage.id}`) && passage.kind !== 'heading')
    .map((passage) => {
      const document = context.documentById.get(passage.document)!;
      return {
        document: passage.document,
        anchor: passage.id,
        item: context.item(
          passage.url,
          TYPES.passage,
          passage.text,
          [passage.reading ?? ''],
          { title: `${passagePlace(passage, document.outline)} · ${context.shortName(document)}`, province: document.province ?? undefined },
          { province: [document.province], document: [context.shortName(document)] },
        ),
      };
    });
}

/**
 * Each agency, found by its name with its province after any word of it
 * (`so giao duc cao bang` finds `Sở Giáo dục và Đào tạo – Cao Bằng`); a kind
 * also by the provinces whose plans, naming no lead per task, say who has the
 * work instead (its page says so: `so giao duc lam dong`).
 */
export function agencyItems(agencies: OpenData['agencies'], context: ItemContext, explainedIn: Map<string, string[]>): IndexedItem[] {
  return agencies.map((agency) => {
    const provinces = agency.province ? [agency.province] : (explainedIn.get(agency.id) ?? []);
    const names = [agency.name, ...agency.aliases];
    const named = provinces.flatMap((province) => names.flatMap((name) => name.split(/\s+/u).map((word) => `${word} ${province}`)));
    return context.item(
      agency.url,
      TYPES.agency,
      agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (các tỉnh)`,
      [...agency.aliases, agency.type, ...named],
      { title: agency.province ? `${agency.name} – ${agency.province}` : `${agency.name} (mọi tỉnh)`, province: agency.province ?? undefined },
      { province: [agency.province] },
    );
  });
}

/** The provinces where a kind of agency is not named and a plan naming no lead per task says who has the work. */
export function kindsExplainedIn(data: OpenData): Map<string, string[]> {
  const agencyById = new Map(data.agencies.map((agency) => [agency.id, agency]));
  const responsibilities = groupBy(data.responsibilities, (record) => record.document);
  const provinces = [...new Set(data.documents.flatMap((document) => (document.province ? [document.province] : [])))];
  const explaining = provinces.filter(
    (province) =>
      plansWithoutLeads(
        data.documents.filter((document) => document.province === province),
        (document) => responsibilities.get(document) ?? [],
        agencyById,
      ).length > 0,
  );
  const kinds = data.agencies.filter((agency) => agency.kind === null);
  return new Map(
    kinds.map((kind) => [kind.id, explaining.filter((province) => !data.agencies.some((agency) => agency.kind === kind.id && agency.province === province))]),
  );
}

export function referenceItems(references: OpenData['references'], context: ItemContext): IndexedItem[] {
  return references.map((reference) =>
    context.item(
      reference.url,
      TYPES.reference,
      `${reference.type} ${reference.number}${reference.title ? ` về ${reference.title}` : ''}`,
      [reference.issuer ?? '', ...reference.citations.map((citation) => citation.text)],
      { title: `${reference.type} ${reference.number}` },
      {},
    ),
  );
}
