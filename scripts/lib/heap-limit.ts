/**
 * V8's heap limit for the build's stages, in MB. Without one, V8 lets garbage
 * grow towards its default limit before it collects: the Astro build of 1,000
 * documents peaked at 3.9 GB, with this limit at 3.3 GB (the pages it holds
 * live fit in it, with room). A larger corpus can raise it through
 * NODE_OPTIONS, which this never overrides.
 */
export const HEAP_LIMIT_MB = 2560;

export function withHeapLimit(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  return options.includes('--max-old-space-size') ? env : { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${HEAP_LIMIT_MB}`.trim() };
}
