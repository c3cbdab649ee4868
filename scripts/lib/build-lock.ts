import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting build looks whether the lock is free. */
const POLL_MS = 500;

/**
 * One build at a time in a checkout (two would write the same Astro caches):
 * a lock file holding the builder's pid. A second build says which build
 * holds it and waits for it, up to `waitMs`, then stops; a lock whose
 * process is gone (a killed build) is taken over. Returns the release.
 */
export async function acquireBuildLock(path: string, options: { waitMs: number; say: (line: string) => void }): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + options.waitMs;
  let said = false;
  for (;;) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readHolder(path), 10);
    if (!Number.isInteger(holder) || !isAlive(holder)) {
      options.say(`taking over the build lock of a build that is gone (pid ${Number.isInteger(holder) ? holder : '?'})`);
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new BuildLockError(`another build (pid ${holder}) is running; it holds ${path}`);
    if (!said) options.say(`another build (pid ${holder}) is running; waiting for it to finish`);
    said = true;
    await sleep(POLL_MS);
  }
  return () => {
    if (readHolder(path).trim() === String(process.pid)) rmSync(path, { force: true });
  };
}

export class BuildLockError extends Error {}

function readHolder(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
