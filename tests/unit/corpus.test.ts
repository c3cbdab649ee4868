import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../../src/ingest/pipeline.ts';
import { reportDocuments, summariseReports } from '../../src/ingest/report.ts';
import { TASK_ROLES } from '../../src/ingest/patterns/sections.ts';
import { EXTRACTOR_ARTEFACT } from '../../src/ingest/patterns/emphasis.ts';
import { isTaskTable } from '../../src/ingest/readers/task-table.ts';
import { readInlineAssignment, readLeadDeclaration } from '../../src/ingest/readers/agency-list.ts';
import type { OutlineNode } from '../../src/ingest/model/outline.ts';
import type { DocumentFacts } from '../../src/schema/index.ts';
import { ingestText, referenceData } from '../helpers/ingest-text.ts';

// tests/corpus/ holds real plans of the genre from other provinces, byte for byte
// as a web extractor wrote them, and the Politburo resolution they implement.
// They are built here together with the seeds, as a cadre would add them.
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = join(projectDir, 'tests/corpus');
const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();


let result: IngestResult;
/** Files given to the ingest: the corpus and the seeds it does not already hold. */
let ingested = 0;
const documentOf = (file: string): DocumentFacts => result.content!.documents.find((entry) => basename(entry.path) === file)!.facts;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'kb-corpus-'));
  mkdirSync(join(work, 'seeds'));
  // The seeds publish the national resolution too: its corpus copy stands for it here.
  const corpusTexts = new Set(corpus.map((name) => readFileSync(join(corpusDir, name), 'utf8')));
  for (const name of readdirSync(join(projectDir, 'seeds'))) {
    if (!corpusTexts.has(readFileSync(join(projectDir, 'seeds', name), 'utf8'))) copyFileSync(join(projectDir, 'seeds', name), join(work, 'seeds', name));
  }
  for (const name of corpus) copyFileSync(join(corpusDir, name), join(work, 'seeds', name));
  ingested = readdirSync(join(work, 'seeds')).length;
  result = runIngest({ projectDir: work, seedsDir: join(work, 'seeds'), outDir: join(work, 'content'), strict: true });
});

describe('the corpus, built with the seeds', () => {
  it('publishes every document with every source line readable', () => {
    expect(result.messages.filter((message) => message.severity === 'fatal')).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.content!.documents).toHaveLength(ingested);
    for (const { path, coverage } of result.content!.documents) expect({ path, ...coverage }).toEqual({ path, lines: coverage.covered, covered: coverage.covered });
  });

  it.each(corpus)('%s: number, date, issuer and province (none for a national document)', (file) => {
    const facts = documentOf(file);
    expect(facts.number, 'number').toMatch(/^\d+[-/]\p{Lu}/u);
    expect(facts.date, 'date').toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(facts.issuer, 'issuer').toBeTruthy();
    if (referenceData.nationalIssuer.test(facts.issuer!)) expect(facts.province).toBeNull();
    else expect(facts.province, 'province').toBeTruthy();
  });

  it.each(corpus)('%s: leaves no extractor artefact (`**`, a lone `|`) in any exported text', (file) => {
    const { id, title, subject, issuer } = documentOf(file);
    const content = result.content!;
    const texts = [
      title,
      subject,
      issuer ?? '',
      ...content.tasks.filter((task) => task.document === id).flatMap((task) => [task.text, ...task.lead, ...task.support]),
      ...content.responsibilities.filter((record) => record.document === id).flatMap((record) => [record.text, record.agency]),
      ...content.targets.filter((target) => target.document === id).map((target) => target.text),
      ...content.passages.filter((passage) => passage.document === id).map((passage) => passage.text),
    ];
    expect(texts.filter((text) => EXTRACTOR_ARTEFACT.test(text))).toEqual([]);
  });

  it.each(corpus)('%s: finds tasks under every task part and in every task table, with a lead wherever the text names one', (file) => {
    const { parsed, content } = ingestText(readFileSync(join(corpusDir, file)), `tests/corpus/${file}`);
    const tasks = content!.tasks;
    const taskIds = new Set(tasks.map((task) => task.id));
    const holdsTask = (node: OutlineNode): boolean => taskIds.has(node.id) || node.children.some(holdsTask);
    const parts = parsed!.root.children.filter((part) => part.section && TASK_ROLES.has(part.section) && part.children.length > 0);
    expect(parts.filter((part) => !holdsTask(part)).map((part) => part.text)).toEqual([]);

    const taskTables: OutlineNode[] = [];
    const findTables = (node: OutlineNode) => {
      if (node.kind === 'table' && isTaskTable(node, referenceData.agencyHead)) taskTables.push(node);
      node.children.forEach(findTables);
    };
    findTables(parsed!.root);
    for (const table of taskTables) {
      const leadColumn = table.cells!.findIndex((cell) => /chủ trì/iu.test(cell));
      const rows = table.children.filter((row) => !row.groupRow && (row.cells?.[leadColumn] ?? '') !== '');
      expect(rows.filter((row) => !taskIds.has(row.id)).map((row) => row.id)).toEqual([]);
      expect(tasks.filter((task) => rows.some((row) => row.id === task.id) && task.lead.length === 0).map((task) => task.id)).toEqual([]);
    }

    const named = tasks.filter(
      (task) => readLeadDeclaration(task.text, referenceData.agencyHead)?.action || readInlineAssignment(task.text, referenceData.agencyHead, referenceData.collectiveHead),
    );
    expect(named.filter((task) => task.lead.length === 0).map((task) => `${task.id}: ${task.text.slice(0, 60)}`)).toEqual([]);
  });

  it('reads a heading that names agencies one after another after `;` as their joint lead (04-can-tho-165)', () => {
    const { content } = ingestText(readFileSync(join(corpusDir, '04-can-tho-165-kh-ubnd.txt')), 'tests/corpus/04-can-tho-165-kh-ubnd.txt');
    // `**4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ**`, a paragraph under it.
    const tasks = content!.tasks.filter((task) => task.text.startsWith('Chỉ đạo các cơ quan truyền thông, báo chí'));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ']);
  });

  it('applies an erratum only to the documents it was written for (issue 31)', () => {
    // `tư thực` → `tư thục` was written for one scanned plan (Lâm Đồng's programme); 09 writes `chủ đầu tư thực hiện`.
    const plan = documentOf('09-nghe-an-987-kh-ubnd.txt');
    const words = [...result.content!.tasks, ...result.content!.responsibilities].filter((record) => record.document === plan.id && record.text.includes('đầu tư thực hiện'));
    expect(words.length).toBeGreaterThan(0);
    for (const record of words) expect(record.reading ?? record.text).toContain('đầu tư thực hiện');
    expect(result.content!.documents.find((entry) => entry.facts.id === plan.id)!.mdx).not.toContain('thục hiện');
  });

  it('sums the corpus up in one report line', () => {
    const reports = reportDocuments(result.content!, result.messages).filter((report) => corpus.includes(basename(report.path)));
    const summary = summariseReports(reports);
    console.log(`[corpus] ${summary}`);
    expect(summary).toMatch(new RegExp(`^${corpus.length} documents · number ${corpus.length}/${corpus.length}, date ${corpus.length}/${corpus.length}`, 'u'));
    expect(summary).toContain('texts with extractor artefacts 0');
  });
});
