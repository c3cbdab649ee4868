import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { DomUtils, elements, readSitePages, type SitePage } from '../../scripts/lib/site-pages.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { EXTRACTOR_ARTEFACT } from '../../src/ingest/patterns/emphasis.ts';
import { projectDir } from './helpers.ts';
import { readOpenRecords } from '../../scripts/lib/open-data.ts';
import type { OpenDataName } from '../../src/schema/index.ts';

// The seeds and every plan of tests/corpus/, built as a cadre would build them
// (strict: one failing document fails the build), outside the published site.
const corpusDir = join(projectDir, 'tests/corpus');
const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));

let work: string;
let output: string;
let pages: SitePage[];
const api = <Name extends OpenDataName>(name: Name) => readOpenRecords(join(work, 'dist'), name);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-corpus-site-'));
  mkdirSync(join(work, 'seeds'));
  // The seeds publish the national resolution too: its corpus copy stands for it here.
  const corpusTexts = new Set(corpus.map((name) => readFileSync(join(corpusDir, name), 'utf8')));
  for (const name of readdirSync(join(projectDir, 'seeds'))) {
    if (!corpusTexts.has(readFileSync(join(projectDir, 'seeds', name), 'utf8'))) copyFileSync(join(projectDir, 'seeds', name), join(work, 'seeds', name));
  }
  for (const name of corpus) copyFileSync(join(corpusDir, name), join(work, 'seeds', name));
  const run = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--strict', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist')],
    { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() },
  );
  output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  pages = readSitePages(join(work, 'dist'));
  // Time limit: a strict build of the seeds and the 20 corpus plans, about 30 s idle, several times that under load.
}, 240_000);

describe('the site built from the seeds and the corpus', () => {
  it('publishes every corpus plan with every source line readable', () => {
    const sources = api('documents').map((document) => basename(document.source));
    expect(sources).toEqual(expect.arrayContaining(corpus));
    expect(output).toMatch(/lines readable (\d+)\/\1\b/u);
  });

  it('exports no extractor artefact (`**`, a lone `|`) in any text', () => {
    const texts = [
      ...api('documents').flatMap((document) => [document.title, document.subject]),
      ...api('tasks').flatMap((task) => [task.text, ...task.lead, ...task.support]),
      ...api('responsibilities').flatMap((record) => [record.text, record.agency]),
      ...api('targets').map((target) => target.text),
      ...api('passages').map((passage) => passage.text),
    ];
    expect(texts.filter((text) => EXTRACTOR_ARTEFACT.test(text))).toEqual([]);
  });

  it('shows no extractor artefact to a reader of any page', () => {
    const shown = pages
      .filter((page) => !page.path.startsWith('/api/'))
      .flatMap((page) =>
        elements(page, (element) => ['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4'].includes(element.name)).map((element) => ({
          page: page.path,
          text: DomUtils.textContent(element),
        })),
      )
      .filter((entry) => EXTRACTOR_ARTEFACT.test(entry.text));
    expect(shown.slice(0, 5)).toEqual([]);
  });

  it('resolves every url of the exports and every internal link and fragment', () => {
    expect(checkLinks(join(work, 'dist'), '/', pages).slice(0, 10)).toEqual([]);
  });

  it('shows on the national resolution’s page, as the legal portals do, its status and every plan that says it implements it, directly or through another (issues 13.6, 21.7)', () => {
    const documents = api('documents');
    const national = documents.find((document) => document.number === '71-NQ/TW')!;
    // Plans implementing 71-NQ/TW, and plans implementing those (by their number, or as cited: 43-KH/TU implements it).
    const direct = documents.filter((document) => document.implements.includes('71-NQ/TW'));
    const through = new Set(['71-NQ/TW', '43-KH/TU', ...direct.flatMap((document) => (document.number ? [document.number] : []))]);
    const implementers = documents
      .filter((document) => document.id !== national.id && document.implements.some((number) => through.has(number)))
      .map((document) => `/${document.id}/`);
    expect(implementers.length).toBeGreaterThanOrEqual(2);
    const page = pages.find((candidate) => candidate.path === `/${national.id}/`)!;
    const facts = Object.fromEntries(
      elements(page, (element) => element.name === 'div' && element.parent !== null && (element.parent as { attribs?: Record<string, string> }).attribs?.class === 'facts').map((row) => [
        DomUtils.textContent(DomUtils.findOne((element) => element.name === 'dt', row.children)!),
        DomUtils.findOne((element) => element.name === 'dd', row.children)!,
      ]),
    );
    expect(DomUtils.textContent(facts['Tình trạng']!).trim()).toMatch(/^Còn hiệu lực\s+\(Dữ liệu đã rà soát ghi: Còn hiệu lực\)/u);
    expect(DomUtils.findAll((element) => element.name === 'a', facts['Được thực hiện bởi']!.children).map((link) => link.attribs.href).sort()).toEqual(implementers.sort());
  });
});
