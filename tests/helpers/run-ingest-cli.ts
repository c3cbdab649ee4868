import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  output: string;
}

/** Run `scripts/ingest.ts` as a user would, on another seeds folder and output folder. */
export function runIngestCli(seedsDir: string, outDir: string, options: string[] = []): CliRun {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seedsDir, '--out', outDir, ...options], {
    cwd: projectDir,
    encoding: 'utf8',
    // A loop that never ends would hold the test worker for good (vitest cannot stop synchronous code): a stuck ingest is killed and fails.
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
