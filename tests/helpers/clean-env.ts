/**
 * The environment for a build started from a test: vitest sets NODE_ENV,
 * BASE_URL, MODE and friends, which Vite would read as the site's own.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(?:VITEST|VITE_|TEST$)/u.test(key) || ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)) delete env[key];
  }
  return { ...env, ...extra };
}
