/**
 * The single import point for zod. Astro 7 and this project resolve the same
 * zod 4 package, so schemas built here are accepted by `defineCollection` and
 * also run in plain Node (ingest, vitest).
 */
export { z } from 'zod';
