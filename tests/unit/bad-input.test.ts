import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngestCli } from '../helpers/run-ingest-cli.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = join(projectDir, 'tests/fixtures');
const badCases = readdirSync(fixturesDir).filter((name) => name.startsWith('bad-'));
const goodSeed = join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt');

// Each bad-* folder holds an input that cannot be published and messages.txt,
// the exact `file:line:col: error: …` lines the command must print.
describe('bad input', () => {
  const setUp = (name: string) => {
    const work = mkdtempSync(join(tmpdir(), 'kb-bad-'));
    const seeds = join(work, 'seeds');
    const out = join(work, 'content');
    mkdirSync(seeds);
    mkdirSync(out);
    copyFileSync(goodSeed, join(seeds, '004.txt'));
    copyFileSync(join(fixturesDir, name, 'input.txt'), join(seeds, 'input.txt'));
    writeFileSync(join(out, 'previous.json'), '{"kept":true}\n');
    const file = relative(projectDir, join(seeds, 'input.txt'));
    const expected = readFileSync(join(fixturesDir, name, 'messages.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.replace('{file}', file));
    return { seeds, out, file, expected };
  };
  const errorLines = (output: string) => output.split('\n').filter((line) => line.includes(': error: '));

  it.each(badCases)('%s: names the file and line, leaves it out, publishes the other document, exits 2', (name) => {
    const { seeds, out, file, expected } = setUp(name);
    const run = runIngestCli(seeds, out);
    expect(errorLines(run.output)).toEqual(expected);
    expect(run.output).toContain(`[ingest] ${file}: left out for the errors above`);
    expect(run.status).toBe(2);
    expect(readdirSync(join(out, 'documents'))).toEqual(['bac-kan-ke-hoach-91-kl-tw.mdx']);
    expect(run.output).not.toMatch(/\n\s+at /u);
  });

  it.each(badCases)('%s with --strict: exits 1 and leaves content/ as it was', (name) => {
    const { seeds, out, expected } = setUp(name);
    const run = runIngestCli(seeds, out, ['--strict']);
    expect(errorLines(run.output)).toEqual(expected);
    expect(run.status).toBe(1);
    expect(readdirSync(out)).toEqual(['previous.json']);
    expect(readFileSync(join(out, 'previous.json'), 'utf8')).toBe('{"kept":true}\n');
  });

  it('refuses a link to a file outside seeds/, and a folder named like a plan, publishing the rest (issue 23.1)', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-link-'));
    const seeds = join(work, 'seeds');
    const out = join(work, 'content');
    mkdirSync(seeds);
    copyFileSync(goodSeed, join(seeds, '004.txt'));
    writeFileSync(join(work, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(join(work, 'secret.txt'), join(seeds, 'passwd.txt'));
    // A link that stays inside the folder is read.
    mkdirSync(join(seeds, 'kept'));
    copyFileSync(join(projectDir, 'seeds/003-lam-dong-chuong-trinh-hanh-dong-71-nq-tw.txt'), join(seeds, 'kept/003.txt'));
    symlinkSync(join(seeds, 'kept/003.txt'), join(seeds, 'lam-dong.txt'));
    mkdirSync(join(seeds, 'folder.txt'));
    const run = runIngestCli(seeds, out);
    const file = (name: string) => relative(projectDir, join(seeds, name));
    expect(errorLines(run.output)).toEqual([
      `${file('folder.txt')}:1:1: error: Unexpected not a regular file (${realpathSync(join(seeds, 'folder.txt'))}), expected a regular file inside the seeds folder; it is not read (read:outside)`,
      `${file('passwd.txt')}:1:1: error: Unexpected a link to ${realpathSync(join(work, 'secret.txt'))}, outside the folder, expected a regular file inside the seeds folder; it is not read (read:outside)`,
    ]);
    expect(run.status).toBe(2);
    expect(readdirSync(join(out, 'documents')).sort()).toEqual(['bac-kan-ke-hoach-91-kl-tw.mdx', 'lam-dong-chuong-trinh-hanh-dong-71-nq-tw.mdx']);
    const written = readdirSync(join(out, 'documents')).map((name) => readFileSync(join(out, 'documents', name), 'utf8')).join('\n');
    expect(written).not.toContain('root:x:0:0');
  });

  it('reads a plan that is one numbered line, with no title to recase (it once looped for ever)', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-one-line-'));
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'mot-dong.txt'), '1. Hoàn thành.\n');
    const run = runIngestCli(seeds, join(work, 'content'));
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(work, 'content/documents/mot-dong.mdx'), 'utf8')).toContain('Hoàn thành.');
  });

  it('publishes a readable text without numbering in full, with a warning', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-plain-'));
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    copyFileSync(join(fixturesDir, 'no-structure/input.txt'), join(seeds, 'thong-bao.txt'));
    const run = runIngestCli(seeds, join(work, 'content'));
    expect(run.status).toBe(0);
    // Counted on the document's line, listed in the report file, printed with --verbose.
    expect(run.output).toMatch(/thong-bao\.txt → thong-bao: .* · \d+ warnings?\b/u);
    expect(run.output).not.toContain('Unexpected text without numbered parts');
    const warning = /thong-bao\.txt:1:1: warning: Unexpected text without numbered parts/u;
    expect(readFileSync(join(work, '.cache/ingest-report.txt'), 'utf8')).toMatch(warning);
    expect(runIngestCli(seeds, join(work, 'content'), ['--verbose']).output).toMatch(warning);
    const mdx = readFileSync(join(work, 'content/documents/thong-bao.mdx'), 'utf8');
    expect(mdx).toContain('Các địa phương chủ động bố trí quỹ đất cho trường học.');
  });
});
