import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Content, DocumentFacts, DocumentPageIndex, Erratum, PartPage } from '../schema/index.ts';
import type { SourceText } from './model/source-text.ts';
import { loadReferenceData, type ReferenceData } from './reference-data.ts';
import { Timer } from './timer.ts';
import { MessageLog, quote, type Message } from './messages.ts';
import type { ParseCache } from './parse-cache.ts';
import { makeEveryTime, type Recall } from './model/recall.ts';
import { readPlanFile } from './read/read-file.ts';
import { PLAN_FILE } from './patterns/office-files.ts';
import { notInside } from './read/inside-folder.ts';
import { isTextOf, readArchive } from './read/read-archive.ts';
import type { ArchivedText } from './model/source-text.ts';
import { parseBlocks } from './parse/parse-blocks.ts';
import { splitRegions } from './parse/split-regions.ts';
import { joinPageBreaks } from './parse/join-page-breaks.ts';
import { segmentIssuingDecision, segmentOutline } from './parse/segment-outline.ts';
import { segmentAnnexes } from './parse/segment-annexes.ts';
import { classifySections } from './parse/classify-sections.ts';
import { readRelations } from './readers/relations.ts';
import { nodeText } from './model/outline-tree.ts';
import { extractDocumentFacts } from './extract/extract-document-facts.ts';
import { extractTasks } from './extract/extract-tasks.ts';
import { extractResponsibilities } from './extract/extract-responsibilities.ts';
import { extractTargets } from './extract/extract-targets.ts';
import { checkReading } from './extract/check-reading.ts';
import { extractCitations } from './extract/extract-citations.ts';
import { isParsed, type ParsedDocument, type ParsedVersion, type UnreadDocument } from './model/parsed-document.ts';
import { EVERY_RULE, type RuleSwitch } from './extract/rule-switch.ts';
import { assignDocumentIds } from './assemble/assign-document-ids.ts';
import { oneFilePerPlan } from './assemble/one-file-per-plan.ts';
import { retainDocuments, unseededTexts } from './assemble/retain-documents.ts';
import { bindVersionIds } from './assemble/version-ids.ts';
import { agencyMentions, resolveAgencies } from './assemble/resolve-agencies.ts';
import { documentContext, type DocumentContext } from './assemble/document-context.ts';
import { taskRecords } from './assemble/task-records.ts';
import { amendedDocuments, completeAddedTasks } from './assemble/added-tasks.ts';
import { renderPages } from './render/split-pages.ts';
import { alignItems, withItems } from './assemble/align-items.ts';
import { responsibilityRecords } from './assemble/responsibility-records.ts';
import { targetRecords } from './assemble/target-records.ts';
import { citationsOf, referenceRecords } from './assemble/reference-records.ts';
import { documentRecord, linkRelations, removedItems } from './assemble/document-record.ts';
import { validateRecords } from './assemble/validate-records.ts';
import { buildPage, passagesOf } from './render/build-page.ts';
import type { PageBlock } from './render/render-mdx.ts';
import { checkCoverage } from './render/check-coverage.ts';
import { versionPages } from './render/version-pages.ts';
import { errataFor, errataReading } from '../lib/errata-marks.ts';
import { readCorrections } from './read/read-corrections.ts';
import type { CorrectionsFile } from './model/corrections.ts';
import { correctTargets } from './assemble/correct-targets.ts';
import { emitContent } from './render/emit-content.ts';

/*
 * The ingest, step by step. Each seed file is
 *
 *   read       bytes → text with its line numbers                       read/
 *   parsed     text → blocks → regions → one outline tree               parse/
 *   extracted  tree → facts, tasks, responsibilities, targets (drafts)  extract/ (rules/, readers/, patterns/)
 *
 * then, across the documents,
 *
 *   assembled  document ids, agencies, themes, indicators: the records  assemble/
 *   rendered   page blocks, coverage, earlier versions, MDX             render/
 *   validated  every record against the schema the site reads           assemble/validate-records.ts
 *   emitted    content/ replaced whole                                   render/emit-content.ts
 *
 * Timer labels name these steps.
 */

/** The code of a directive (Chỉ thị), whose numbered duties are read as an organisation part's. */
const DIRECTIVE_CODE = 'CT';

/** A seed file: its path as messages name it, and its bytes, read when needed; or why it may not be read. */
export interface Seed {
  path: string;
  load: () => Uint8Array;
  refused?: string;
}

export interface IngestOptions {
  /** Fail the whole run when any document fails, instead of publishing the others. */
  strict?: boolean;
  /** Parse results kept between runs: a file already parsed, unchanged, is not parsed again. */
  cache?: ParseCache;
  /** Told, at the start of a stage, of a document that has taken over five seconds so far. */
  onSlow?: (line: string) => void;
  /** Which extraction rules apply to a seed (all, unless a measurement turns some off); a parse cache is then not read. */
  rules?: (path: string) => RuleSwitch;
  /** Apply the editors' corrections of data/corrections/ (true unless told not: the reader is scored without them). */
  corrections?: boolean;
}

export interface Ingested {
  /** Records and pages of the documents kept, or null when none could be read. */
  content: Content | null;
  messages: Message[];
  /** Seed paths of documents left out for a fatal message of their own. */
  leftOut: string[];
  /** The documents kept, as parsed: for a test or a report to look into. */
  parsed: ParsedDocument[];
  /** A fatal message stops publishing: any one under `strict`, else one in a document kept. */
  failed: boolean;
}

export interface IngestResult extends Ingested {
  /** True when content/ was written. */
  written: boolean;
  /** Milliseconds per step. */
  timings: Map<string, number>;
}


/** seeds/ → content/: what `npm run ingest` runs. content/ is replaced whole, or left untouched on failure. */
export function runIngest(
  options: IngestOptions & { seedsDir: string; outDir: string; projectDir: string; dataDir?: string },
): IngestResult {
  const timer = new Timer(options.onSlow);
  const data = timer.time('read', () => loadReferenceData(options.dataDir));
  const { seeds, skipped } = listSeeds(options.seedsDir, options.projectDir);
  const ingested = ingest(seeds, data, options, timer);
  const written = ingested.content !== null && !ingested.failed;
  if (written) timer.time('emit', () => emitContent(ingested.content!, options.outDir));
  return { ...ingested, messages: [...skipped, ...ingested.messages], written, timings: timer.totals };
}

/** The plan files of a seeds folder, each read when needed; what is said of the other entries. */
export function listSeeds(seedsDir: string, projectDir: string): { seeds: Seed[]; skipped: Message[] } {
  const names = readdirSync(seedsDir).filter((name) => !name.startsWith('.')).sort();
  const skipped = names.filter((name) => !PLAN_FILE.test(name)).map((name) => notAPlanFile(join(seedsDir, name), relative(projectDir, join(seedsDir, name))));
  const seeds = names
    .filter((name) => PLAN_FILE.test(name))
    .map((name): Seed => {
      const file = join(seedsDir, name);
      const refused = notInside(seedsDir, file);
      return { path: relative(projectDir, file), load: () => readFileSync(file), ...(refused ? { refused } : {}) };
    });
  return { seeds, skipped };
}

/** What is said of an entry of the seeds folder that is no plan file: a folder (or a link to one) is not looked into, another format not read. */
function notAPlanFile(file: string, path: string): Message {
  const log = new MessageLog(path);
  let folder = false;
  try {
    folder = statSync(file).isDirectory();
  } catch {
    // A link to nothing: said as a file that is not read.
  }
  const linked = lstatSync(file).isSymbolicLink() ? ` (a link to ${realpathOrNothing(file)})` : '';
  return folder
    ? log.warn(`Unexpected folder ${path}${linked}, expected plan files: the seeds folder is read one level deep, its folders are not read`, 1, 'read:folder')
    : log.warn(`Unexpected file ${path}${linked}: not a plan's format (.txt, .md, .docx or .pdf); it is not read`, 1, 'read:format');
}

function realpathOrNothing(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return 'nothing';
  }
}

/** Seeds in memory → content in memory; nothing is written. */
export function ingest(seeds: Seed[], data: ReferenceData, options: IngestOptions = {}, timer = new Timer()): Ingested {
  const archive = timer.time('read', () => readArchive(data));
  const corrections = options.corrections === false ? [] : timer.time('read', () => readCorrections(data));
  const read = seeds.map((seed) => readSeed(seed, data, timer, options.rules ? { rules: options.rules(seed.path) } : { cache: options.cache }));
  // A published document whose seed is gone is read back from its last archived text.
  const unseeded = unseededTexts(read.filter(isParsed), archive).map((text) => ({ id: text.document, document: parseDocument(text.path, text.bytes!, data, timer) }));
  const retained = retainDocuments(read.filter(isParsed), unseeded, data);
  const results = [...read, ...retained];
  const { kept: parsed, setAside } = oneFilePerPlan(results.filter(isParsed));
  let kept = parsed;
  // What assembling makes from a document alone (its tasks' themes, its pages) is kept in the parse cache too.
  const recall = options.cache && !options.rules ? options.cache.recall : makeEveryTime;
  let assembled = assemble(kept, data, archive, corrections, timer, recall);
  // One document's problem does not keep the others from being published, unless the run is strict.
  if (!options.strict && kept.some((document) => document.log.hasFatal)) {
    kept = parsed.filter((document) => !document.log.hasFatal);
    assembled = assemble(kept, data, archive, corrections, timer, recall);
  }
  const corrected = assembled.corrections.flatMap((log) => log.messages);
  const messages = [...results.flatMap((result) => result.log.messages), ...corrected];
  // An editor's correction that names an item the document no longer has fails the run: a person must look.
  const correctionsFailed = assembled.corrections.some((log) => log.hasFatal);
  return {
    content: assembled.content,
    messages,
    leftOut: results.filter((result) => !kept.includes(result as ParsedDocument) && !setAside.includes(result as ParsedDocument)).map((result) => result.log.file),
    parsed: kept,
    failed: correctionsFailed || (options.strict ? messages.some((message) => message.severity === 'fatal') : kept.some((document) => document.log.hasFatal)),
  };
}

function readSeed(
  seed: Seed,
  data: ReferenceData,
  timer: Timer,
  { cache, rules }: { cache?: ParseCache | undefined; rules?: RuleSwitch },
): ParsedDocument | UnreadDocument {
  timer.begin(seed.path);
  if (seed.refused) {
    const log = new MessageLog(seed.path);
    log.fatal(`Unexpected ${seed.refused}, expected a regular file inside the seeds folder; it is not read`, 1, 'read:outside');
    return { log };
  }
  try {
    const bytes = timer.time('read', seed.load);
    const cached = cache && timer.time('cache', () => cache.get(seed.path, bytes));
    if (cached) return cached;
    const parsed = parseDocument(seed.path, bytes, data, timer, rules);
    if (cache && isParsed(parsed)) timer.time('cache', () => cache.set(seed.path, bytes, parsed));
    return parsed;
  } catch (error) {
    // A bug of ours must not pass for a verdict on the file: say so, with where it broke.
    const log = new MessageLog(seed.path);
    log.fatal(`Unexpected internal error while reading this file: ${(error as Error).message}`, 1, 'ingest:internal');
    return { log };
  }
}

/** One file: read, parsed into an outline, its drafts extracted. */
export function parseDocument(
  path: string,
  bytes: Uint8Array,
  data: ReferenceData,
  timer: Timer,
  rules: RuleSwitch = EVERY_RULE,
): ParsedDocument | UnreadDocument {
  const log = new MessageLog(path);
  const source = timer.time('read', () => readPlanFile(path, bytes, log));
  if (!source) return { log };
  const outline = timer.time('parse', () => parseOutline(source, data, log));
  const drafts = timer.time('extract', () => extractDrafts(source, outline, data, log, rules));
  return { source, log, ...outline, ...drafts, parsedMessages: log.messages.length };
}

/** The text as blocks, then regions, then an outline tree whose parts know what they are for. */
export function parseOutline(source: SourceText, data: ReferenceData, log: MessageLog): Pick<ParsedDocument, 'regions' | 'root' | 'issuing'> {
  const regions = splitRegions(parseBlocks(source), data.documentKinds, data.portal, log);
  const root = segmentOutline(joinPageBreaks(regions.body), log, data.agencyHead);
  classifySections(root, { directive: regions.kind?.code === DIRECTIVE_CODE, agencyHead: data.agencyHead, amending: amendsAnother(regions, root) });
  segmentAnnexes(regions.annexes, root, log, data.agencyHead);
  const issuing = regions.issuing && segmentIssuingDecision(joinPageBreaks(regions.issuing.body), log, data.agencyHead);
  if (!root.children.some((node) => node.numbering && node.numbering.style !== 'bullet')) {
    log.warn(
      'Unexpected text without numbered parts, expected an outline such as `I.`, `1.`, `1.1.`; published as plain paragraphs',
      regions.body[0]?.start ?? 1,
      'segment:no-structure',
    );
  }
  return { regions, root, issuing };
}

/** Whether the document amends another, as its title or articles say (`Về việc sửa đổi, bổ sung Kế hoạch số 45/KH-UBND`). */
function amendsAnother(regions: ParsedDocument['regions'], root: ParsedDocument['root']): boolean {
  const articles = root.children.filter((node) => node.numbering?.style === 'article').map(nodeText);
  return readRelations({ title: regions.titleLines.join(' '), opening: [], articles, body: '' }).amends.length > 0;
}

/** What the outline says: tasks and responsibilities (and what each node they read is on the page), facts, targets, citations. */
function extractDrafts(
  source: SourceText,
  { regions, root }: Pick<ParsedDocument, 'regions' | 'root'>,
  data: ReferenceData,
  log: MessageLog,
  rules: RuleSwitch,
): Omit<ParsedDocument, 'source' | 'log' | 'regions' | 'root' | 'issuing' | 'parsedMessages'> {
  const { tasks, roles, read } = extractTasks(root, data, log, rules);
  const responsibilities = extractResponsibilities(root, data);
  for (const record of responsibilities) roles.set(record.node, 'responsibility');
  checkReading(root, { tasks, read }, responsibilities, data, log);
  const facts = extractDocumentFacts(regions, root, source.sha256, data, log);
  const targets = extractTargets(root);
  const reading = errataReading(errataFor(data.errata, source.sha256));
  const citations = extractCitations(facts.subject, root, reading.read);
  return { facts, tasks, responsibilities, targets, citations, citationErrata: [...reading.used].map((erratum) => erratum.text), roles };
}

/**
 * The documents' records and pages, and what was said of the editors'
 * corrections (a log per file). A second attempt on the same documents first
 * drops what the first one logged here.
 */
function assemble(
  parsed: ParsedDocument[],
  data: ReferenceData,
  archive: ArchivedText[],
  corrections: CorrectionsFile[],
  timer: Timer,
  recall: Recall,
): { content: Content | null; corrections: MessageLog[] } {
  const logs = new Map(corrections.map((file) => [file.document, new MessageLog(file.path)]));
  if (parsed.length === 0) return { content: null, corrections: [...logs.values()] };
  for (const document of parsed) document.log.rewind(document.parsedMessages);
  // Which file owns an address is decided by the words published under it, never by file names.
  const published = (id: string, document: ParsedDocument) => archive.some((text) => text.document === id && text.bytes !== null && isTextOf(text, document.source));
  const ids = timer.time('assemble', () => assignDocumentIds(parsed, published));
  const correctionsOf = (index: number) => {
    const file = corrections.find((each) => each.document === ids[index]);
    return file ? { file, log: logs.get(file.document)! } : null;
  };
  for (const file of corrections) {
    if (!ids.includes(file.document)) logs.get(file.document)!.warn(`No document ${file.document} in this build; its corrections are not applied (the file is named after the id a document's address gives)`, 1, 'corrections:no-document');
  }
  const named = parsed.flatMap((document, index) => correctionMentions(correctionsOf(index)?.file, document.facts.province));
  const directory = timer.time('resolve', () => resolveAgencies([...agencyMentions(parsed), ...named], data));
  for (const mention of directory.unresolved) {
    const where = parsed.find((document) => document.facts.province === mention.province)!;
    where.log.info(`Agency ${quote(mention.name)} matches no entry of data/agency-aliases.json; kept as written`, 1, 'resolve:agency');
  }
  const amended = amendedDocuments(parsed, ids);
  const assembled = parsed.map((document, index) => {
    timer.begin(document.source.path);
    const context = timer.time('reconcile', () => documentContext(document, ids[index]!, data, directory, { amends: amended[index] ?? null, corrections: correctionsOf(index) }));
    return assembleDocument(context, archive, timer, recall);
  });
  const documents = assembled.map((each) => each.document);
  const tasks = assembled.flatMap((each) => each.tasks);
  linkRelations(documents.map((entry) => entry.facts), data.retired);
  // Pages last: their front-matter carries what other documents say of them. A document too long for one page is split by its parts.
  const parts: Content['parts'] = assembled.flatMap((each) => each.versionParts);
  assembled.forEach(({ document, page }) => {
    const id = document.facts.id;
    const rendered = timer.time('render', () =>
      renderRemembered(recall, document.facts, page, (part, order) => ({ id: `${id}--${part.key}`, document: id, key: part.key, order, label: part.label })),
    );
    document.mdx = rendered.mdx;
    parts.push(...rendered.parts);
  });
  const content: Content = {
    documents,
    versions: assembled.flatMap((each) => each.versions),
    parts,
    tasks: timer.time('resolve', () => {
      const complete = completeAddedTasks(tasks, documents.map((entry) => entry.facts));
      return withItems(complete, alignItems(documents.map((entry) => entry.facts), complete, data.nationalItems));
    }),
    targets: assembled.flatMap((each) => each.targets),
    responsibilities: assembled.flatMap((each) => each.responsibilities),
    agencies: directory.agencies,
    references: referenceRecords(assembled.flatMap((each) => each.citations)),
    passages: assembled.flatMap((each) => each.passages),
  };
  reportUnusedErrata(data.errata, new Set(assembled.flatMap((each) => [...each.usedErrata])), parsed);
  timer.time('validate', () => validateRecords(content, parsed));
  return { content, corrections: [...logs.values()] };
}

/**
 * A document's MDX pages, as renderPages writes them (setting the facts' `pages` when it splits the document), or as
 * it wrote them in the previous run from the same facts, blocks and errata: after one plan changed, rendering every
 * other plan again was a fifth of the ingest. `partOf` reads only the facts' id.
 */
function renderRemembered(recall: Recall, facts: DocumentFacts, page: { blocks: PageBlock[]; errata: Erratum[] }, partOf: (part: DocumentPageIndex, order: number) => PartPage) {
  const { pages, ...rendered } = recall(() => JSON.stringify(['document pages', facts, page.blocks, page.errata]), () => ({
    ...renderPages(facts, page.blocks, page.errata, partOf),
    pages: facts.pages,
  }));
  if (pages !== undefined) facts.pages = pages;
  return rendered;
}

/** The agencies an editor's corrections name, as the document's province knows them. */
function correctionMentions(file: CorrectionsFile | undefined, province: string | null) {
  if (!file) return [];
  const names = [...file.tasks.correct, ...file.tasks.add].flatMap((entry) => [...(entry.lead ?? []), ...(entry.support ?? [])]);
  names.push(...[...file.responsibilities.correct, ...file.responsibilities.add].flatMap((entry) => entry.agencies ?? []));
  return names.map((name) => ({ name, province }));
}

/** One document's records, its page (MDX written once every document is known) and its earlier versions' pages. */
function assembleDocument(context: DocumentContext, archive: ArchivedText[], timer: Timer, recall: Recall) {
  const { document } = context;
  const tasks = timer.time('resolve', () => taskRecords(context, recall));
  const responsibilities = timer.time('resolve', () => responsibilityRecords(context));
  const corrected = timer.time('resolve', () => correctTargets(targetRecords(context), context.document.targets, context.corrections));
  const targets = corrected.built;
  const citations = timer.time('resolve', () => citationsOf(context));
  const removed = removedItems(context, targets.removed);
  const amended = context.reconciliation.amended;
  const blocks = timer.time('render', () => buildPage(document.regions, document.facts, { ...document, removed }, targets.marks, amended));
  const coverage = timer.time('coverage', () => checkCoverage(document.source, blocks, document.log, recall));
  const archived = timer.time('versions', () => readVersions(context, archive, timer));
  timer.time('versions', () => bindVersionIds(archived, context.data.idLock[context.id] ?? []));
  const earlier = timer.time('versions', () => versionPages(context.id, blocks, archived));
  // An earlier text too long for one page is split as the current one is.
  const renderedVersions = earlier.map(({ page, blocks: pageBlocks }) =>
    timer.time('render', () =>
      renderPages(page, pageBlocks, errataFor(context.data.errata, page.sha256), (part, order) => ({
        id: `${page.id}--${part.key}`,
        document: context.id,
        version: page.version,
        key: part.key,
        order,
        label: part.label,
      })),
    ),
  );
  const versions = earlier.map(({ page }, index) => ({ page, mdx: renderedVersions[index]!.mdx }));
  const passages = passagesOf(context.id, blocks, context.reading, amended);
  const counted = { ...context, document: { ...document, targets: corrected.drafts } };
  const facts = documentRecord(counted, { removed, citations, versions: earlier.map((version) => version.summary) });
  return {
    document: { facts, mdx: '', coverage, path: document.source.path },
    page: { blocks, errata: context.errata },
    tasks,
    responsibilities,
    targets: targets.records,
    citations,
    passages,
    versions,
    versionParts: renderedVersions.flatMap((rendered) => rendered.parts),
    usedErrata: context.usedErrata,
  };
}

/**
 * The published texts of a document (data/versions.json), each read as any
 * seed; the current one (or one that differs only in line ends, a byte-order
 * mark or trailing spaces) is the document itself, read already.
 */
function readVersions({ id, document, data }: DocumentContext, archive: ArchivedText[], timer: Timer): ParsedVersion[] {
  return archive
    .filter((text) => text.document === id)
    .flatMap((text) => {
      if (text.problem) {
        document.log.add(text.problem.severity, text.problem.reason, 1, text.problem.origin);
        return [];
      }
      const current = isTextOf(text, document.source);
      const parsed = current ? document : parseDocument(text.path, text.bytes!, data, timer);
      return isParsed(parsed) ? [{ entry: text.entry, parsed, current }] : [];
    });
}

/** A correction written for one seed that no longer matches it has gone stale: say so. */
function reportUnusedErrata(errata: Erratum[], used: Set<Erratum>, parsed: ParsedDocument[]): void {
  for (const erratum of errata) {
    if (used.has(erratum)) continue;
    const document = parsed.find((candidate) => erratum.sources.some((prefix) => candidate.source.sha256.startsWith(prefix)));
    document?.log.warn(`Erratum ${quote(erratum.text)} matched nothing in this seed, expected it to (data/errata.json)`, 1, 'assemble:unused-erratum');
  }
}
