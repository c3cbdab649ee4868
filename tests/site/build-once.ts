import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from '../helpers/clean-env.ts';

/**
 * Build the site once for the site tests, exactly as `npm run build` does.
 * KB_SKIP_BUILD=1 reuses an existing dist/ (for quick local runs).
 */
export default function buildOnce(): void {
  if (process.env.KB_SKIP_BUILD === '1') return;
  const projectDir = fileURLToPath(new URL('../../', import.meta.url));
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectDir, encoding: 'utf8', env: buildEnvironment() });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}
