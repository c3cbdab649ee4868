import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../helpers/clean-env.ts';
import { dist, projectDir } from './helpers.ts';

/** Every file of a folder and the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file.slice(dir.length), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('publishing a build', () => {
  it('leaves the previous dist/ whole, byte for byte, when a build is killed midway', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-atomic-'));
    cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
    const args = ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist')];
    // The published site: the one the site tests share, built from these seeds.
    cpSync(dist, join(work, 'dist'), { recursive: true });
    const before = fingerprint(join(work, 'dist'));

    // An amended plan, so that a finished build would change dist/.
    const seed = join(work, 'seeds', readdirSync(join(work, 'seeds'))[0]!);
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\nMột đoạn bổ sung.\n`);
    const second = spawn(process.execPath, args, { cwd: projectDir, env: buildEnvironment(), detached: true, stdio: 'ignore' });
    const staging = join(work, 'dist.staging');
    for (let waited = 0; !existsSync(join(staging, 'index.html')) && waited < 120_000; waited += 100) await sleep(100);
    process.kill(-second.pid!, 'SIGKILL');
    await new Promise((resolve) => second.once('exit', resolve));

    expect(existsSync(staging), 'the build was killed while it wrote its staging folder').toBe(true);
    expect(fingerprint(join(work, 'dist'))).toEqual(before);
    // A build up to its staging folder: about 10 s here idle, several times that on a loaded machine.
  }, 240_000);

  it('tells a scheduled job that it published without a document: exit 2 with --exit-2-if-left-out, the document named (issue 34.4)', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-left-out-'));
    cpSync(join(projectDir, 'seeds'), join(work, 'seeds'), { recursive: true });
    writeFileSync(join(work, 'seeds/009-bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--content', join(work, 'content'), '--out', join(work, 'dist'), '--exit-2-if-left-out'], {
      cwd: projectDir,
      env: buildEnvironment(),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(2);
    expect(run.stderr).toContain('009-bad.txt: left out for the errors above');
    expect(run.stderr).toContain('[build] published without the documents the ingest left out');
    expect(existsSync(join(work, 'dist/index.html'))).toBe(true);
    // Time limit: a whole build of the seeds, about 15 s idle.
  }, 180_000);
});
