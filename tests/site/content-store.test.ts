import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpublishedDataDir } from '../../scripts/lib/bench-corpus.ts';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { projectDir } from './helpers.ts';

const DOCUMENT = 'bac-kan-ke-hoach-91-kl-tw';

describe("Astro's content store between builds", () => {
  it('forgets an earlier build’s versions when the plan has none any more, without a warning', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-store-'));
    mkdirSync(join(work, 'seeds'));
    cpSync(join(projectDir, 'seeds/004-bac-kan-ke-hoach-91-kl-tw.txt'), join(work, 'seeds/004.txt'));
    const build = () =>
      spawnSync(process.execPath, ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--data', join(work, 'data')], {
        cwd: projectDir,
        encoding: 'utf8',
        env: buildEnvironment(),
      });
    // First with the plan's archived version, as the project's data has it: a version page is built.
    unpublishedDataDir(join(projectDir, 'data'), join(work, 'data'));
    const versions = JSON.parse(readFileSync(join(projectDir, 'data/versions.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(work, 'data/versions.json'), `${JSON.stringify({ [DOCUMENT]: versions[DOCUMENT] }, null, 2)}\n`);
    cpSync(join(projectDir, 'data/versions', DOCUMENT), join(work, 'data/versions', DOCUMENT), { recursive: true });
    const first = build();
    expect(first.status, `${first.stdout}${first.stderr}`.slice(-2000)).toBe(0);
    expect(existsSync(join(work, 'dist', DOCUMENT, 'phien-ban'))).toBe(true);
    // Then without: the versions folder of content/ is empty, and what the store held of it must go.
    writeFileSync(join(work, 'data/versions.json'), '{}\n');
    const second = build();
    expect(second.status, `${second.stdout}${second.stderr}`.slice(-2000)).toBe(0);
    expect(existsSync(join(work, 'dist', DOCUMENT, 'phien-ban'))).toBe(false);
    // An empty collection is no news: the build says nothing of it (issue 23.4).
    expect(`${second.stdout}${second.stderr}`).not.toMatch(/\[WARN\]|does not exist or is empty/u);
    // Time limit: two builds of one plan, about 15 s on this 2-core machine idle, several times that under load.
  }, 180_000);
});
