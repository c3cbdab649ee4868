import { dump } from 'js-yaml';
import type { OutlineNode } from '../model.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { Timer } from '../timer.ts';
import { quote } from '../messages.ts';
import type { Content, DocumentFacts, Erratum } from '../../schema/index.ts';
import type { ParsedDocument } from './parse-document.ts';
import { outlinePath } from './segment-outline.ts';
import { resolveAgencies, type AgencyMention } from './resolve-agencies.ts';
import { mapTheme } from './map-themes.ts';
import { mapIndicator } from './map-indicators.ts';
import { applyErrata, errataFor, findErrata } from './find-errata.ts';
import { citingPassages, extractCitations, type CitationDraft } from './extract-references.ts';
import { assignDocumentIds } from './assign-document-ids.ts';
import { mergeCitations } from './merge-citations.ts';
import { buildPage, FIXED_IDS, passagesOf } from './build-page.ts';
import { renderMdx, type PageBlock, type TargetMark } from './render-mdx.ts';
import { checkCoverage } from './check-coverage.ts';
import { validateRecords } from './validate-records.ts';
import { readInlineDeadline } from '../rules/inline-deadline.ts';
import { reconcileIds } from './reconcile-ids.ts';
import { reconcileTargetIds } from './reconcile-target-ids.ts';
import { readVersions } from './read-versions.ts';

/**
 * Resolve what spans documents (document ids, agencies, themes, indicators,
 * cited documents), build the records, validate them against the schema,
 * and render each document page.
 */
export function assembleContent(parsed: ParsedDocument[], data: ReferenceData, timer: Timer): Content {
  const slugs = timer.time('extract', () => assignDocumentIds(parsed));
  const directory = timer.time('resolve', () => resolveAgencies(agencyMentions(parsed), data));
  for (const mention of directory.unresolved) {
    const where = parsed.find((document) => document.facts.province === mention.province)!;
    where.log.info(`Agency ${quote(mention.name)} matches no entry of data/agency-aliases.json; kept as written`, 1, 'resolve:agency');
  }
  const used = new Set<Erratum>();
  const content: Content = {
    documents: [],
    versions: [],
    tasks: [],
    targets: [],
    responsibilities: [],
    agencies: directory.agencies,
    references: [],
    passages: [],
  };
  const citations: Array<CitationDraft & { document: string }> = [];
  const pages: Array<{ blocks: PageBlock[]; errata: Erratum[] }> = [];

  parsed.forEach((document, index) => {
    const slug = slugs[index]!;
    const { facts, source } = document;
    const errata = errataFor(data.errata, source.sha256);
    const reading = (text: string) => {
      const marks = findErrata(text, errata);
      marks.forEach((mark) => used.add(mark.erratum));
      return marks.length > 0 ? applyErrata(text, marks) : undefined;
    };
    const province = facts.province;
    const agencyId = (name: string) => directory.idOf({ name, province });
    // Ids bound to content: before any record takes a node's id.
    const reconciliation = timer.time('reconcile', () =>
      reconcileIds(
        [document.issuing, document.root].filter((root): root is OutlineNode => root !== null),
        data.idLock[slug] ?? [],
        data.idDecisions.filter((decision) => decision.document === slug),
        document.log,
      ),
    );
    for (const change of reconciliation.changes) document.log.info(`Amended since published: ${change}`, 1, 'reconcile:change');

    const reportedGroups = new Set<string>();
    timer.time('resolve', () => {
      for (const task of document.tasks) {
        const theme = mapTheme(slug, task.group ? { id: task.group.id, text: task.group.text } : null, facts.title, data, task.text);
        const groupKey = task.group?.id ?? '';
        if (theme.by === 'fallback' && !reportedGroups.has(groupKey)) {
          reportedGroups.add(groupKey);
          document.log.warn(
            `Unexpected task group ${quote(task.group?.text ?? facts.title)} that no theme rule matches, expected a rule or an override in data/themes.json`,
            task.group?.start ?? 1,
            'resolve:theme',
          );
        }
        const corrected = reading(task.text);
        content.tasks.push({
          id: task.node.id,
          document: slug,
          province,
          path: task.path,
          section: task.section.id,
          position: task.position,
          group: task.group?.id ?? null,
          theme: theme.theme,
          text: task.text,
          ...(reconciliation.amended.has(task.node.id) ? { earlier: reconciliation.amended.get(task.node.id)! } : {}),
          ...(corrected ? { reading: corrected } : {}),
          context: task.context,
          lead: task.lead,
          support: task.support,
          leadIds: task.lead.map(agencyId),
          supportIds: task.support.map(agencyId),
          timeframe: task.timeframe,
          source: { line: task.node.start, endLine: task.node.end },
        });
      }
      for (const record of document.responsibilities) {
        const corrected = reading(record.text);
        content.responsibilities.push({
          id: record.node.id,
          document: slug,
          province,
          agency: record.agencies.join('; '),
          agencies: record.agencies,
          agencyIds: record.agencies.map(agencyId),
          path: record.path,
          text: record.text,
          ...(corrected ? { reading: corrected } : {}),
          timeframe: readInlineDeadline(corrected ?? record.text),
          source: { line: record.node.start, endLine: record.node.end },
        });
      }
    });

    const targetMarks = new Map<string, TargetMark[]>();
    const targetIds = reconcileTargetIds(
      document.targets.map((target) => ({ block: target.node.id, phrase: target.phrase })),
      data.targetLock[slug] ?? [],
    );
    document.targets.forEach((target, index) => {
      const id = targetIds.ids[index]!;
      const key = `${target.node.id}:${target.paragraph}`;
      targetMarks.set(key, [...(targetMarks.get(key) ?? []), { start: target.start, end: target.end, id }]);
      content.targets.push({
        id,
        document: slug,
        province,
        block: target.node.id,
        indicator: mapIndicator(reading(target.segment) ?? target.segment, target.clause, target.unit, data.indicators),
        text: target.sentence,
        segment: target.segment,
        phrase: target.phrase,
        comparator: target.comparator,
        value: target.value,
        ...(target.max === undefined ? {} : { max: target.max }),
        unit: target.unit,
        year: target.year,
        source: { line: target.node.start, endLine: target.node.end },
      });
    });

    const passages = citingPassages(FIXED_IDS.title, facts.subject, document.root).map((passage) => ({
      ...passage,
      text: reading(passage.text) ?? passage.text,
    }));
    const documentCitations = extractCitations(passages);
    citations.push(...documentCitations.map((citation) => ({ ...citation, document: slug })));

    const record: DocumentFacts = {
      id: slug,
      title: facts.title,
      subject: facts.subject,
      kind: facts.kind,
      number: facts.number,
      symbol: facts.symbol,
      issuer: facts.issuer,
      province,
      provinceId: facts.provinceId,
      national: facts.national,
      date: facts.date,
      dateRaw: facts.dateRaw,
      implements: facts.implements.map((number) => reading(number) ?? number),
      signer: facts.signature?.name ?? null,
      signature: facts.signature,
      recipients: facts.recipients,
      original: facts.original,
      status: facts.status,
      source: source.path,
      sha256: source.sha256,
      outline: outlineOf(document.root),
      removed: [...reconciliation.removed, ...targetIds.removed].map(({ id, text, section }) => ({ id, text, section })),
      versions: [],
      replaces: facts.replaces,
      replacedBy: [],
      issues: facts.issues,
      portal: facts.portal,
      counts: {
        sections: outlineOf(document.root).length,
        tasks: document.tasks.length,
        tasksWithLead: document.tasks.filter((task) => task.lead.length > 0).length,
        tasksWithTimeframe: document.tasks.filter((task) => task.timeframe !== null).length,
        targets: document.targets.length,
        responsibilities: document.responsibilities.length,
        references: new Set(documentCitations.map((citation) => citation.number)).size,
      },
    };
    const blocks: PageBlock[] = timer.time('emit', () =>
      buildPage(document.regions, facts, { ...document, removed: record.removed }, (node, paragraph) => targetMarks.get(`${node.id}:${paragraph}`) ?? []),
    );
    // An amended item other than a task (whose page says so) shows its earlier wording on the document page.
    for (const block of blocks) {
      if (block.type === 'item' && block.role !== 'task' && reconciliation.amended.has(block.id)) block.earlier = reconciliation.amended.get(block.id);
    }
    const coverage = timer.time('coverage', () => checkCoverage(source, blocks, document.log));
    const earlier = timer.time('versions', () => readVersions(slug, { sha256: source.sha256, blocks }, data, timer, document.log));
    record.versions = earlier.map((version) => version.summary);
    for (const version of earlier) {
      content.versions.push({ page: version.page, mdx: renderMdx(frontMatter(version.page), version.blocks, errataFor(data.errata, version.page.sha256)) });
    }
    pages.push({ blocks, errata });
    content.passages.push(
      ...passagesOf(slug, blocks, reading).map((passage) =>
        reconciliation.amended.has(passage.id) ? { ...passage, earlier: reconciliation.amended.get(passage.id)! } : passage,
      ),
    );
    content.documents.push({ facts: record, mdx: '', coverage, path: source.path });
  });

  // A newer document that says it replaces another: both stay, the older one marked replaced.
  for (const { facts } of content.documents) {
    facts.replacedBy = content.documents.filter((other) => facts.number && other.facts.replaces.includes(facts.number)).map((other) => other.facts.id);
  }
  // Pages last: their front-matter carries what other documents say of them.
  content.documents.forEach((entry, index) => {
    entry.mdx = timer.time('emit', () => renderMdx(frontMatter(entry.facts), pages[index]!.blocks, pages[index]!.errata));
  });
  content.references = mergeCitations(citations);
  reportUnusedErrata(data.errata, used, parsed);
  timer.time('validate', () => validateRecords(content, parsed));
  return content;
}

function agencyMentions(parsed: ParsedDocument[]): AgencyMention[] {
  return parsed.flatMap((document) => {
    const province = document.facts.province;
    return [
      ...document.tasks.flatMap((task) => [...task.lead, ...task.support]),
      ...document.responsibilities.flatMap((record) => record.agencies),
    ].map((name) => ({ name, province }));
  });
}

function outlineOf(root: OutlineNode): DocumentFacts['outline'] {
  const entries: DocumentFacts['outline'] = [];
  const visit = (node: OutlineNode) => {
    if (node.heading) entries.push({ id: node.id, label: node.numbering!.label, path: outlinePath(node), title: node.text, level: node.level });
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return entries;
}

function frontMatter(record: object): string {
  return dump(record, { lineWidth: -1, noRefs: true, sortKeys: false });
}

/** A correction written for one seed that no longer matches it has gone stale: say so. */
function reportUnusedErrata(errata: Erratum[], used: Set<Erratum>, parsed: ParsedDocument[]): void {
  for (const erratum of errata) {
    if (used.has(erratum) || !erratum.sources) continue;
    const document = parsed.find((candidate) => erratum.sources!.some((prefix) => candidate.source.sha256.startsWith(prefix)));
    document?.log.warn(`Erratum ${quote(erratum.text)} matched nothing in this seed, expected it to (data/errata.json)`, 1, 'assemble:unused-erratum');
  }
}
