import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const lock = JSON.parse(readFileSync(`${projectDir}package-lock.json`, 'utf8')) as { lockfileVersion: number; packages: Record<string, LockPackage> };

/** Where npm resolves `name` from the package at `path`: its own node_modules, then each parent's. */
function resolves(path: string, name: string): boolean {
  for (let base = path; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
  }
}

// `npm ci` refuses a lock file that lacks another platform's optional package
// (a Windows or macOS build of esbuild, pagefind, the Astro compiler).
describe('package-lock.json', () => {
  it('lists every optional package of every platform, so that npm ci installs on any of them', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
