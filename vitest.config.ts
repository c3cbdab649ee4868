import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two workers on two cores: the unit tests run beside the site tests, which run one file at a time
    // (they build sites and drive Chromium). Vitest's default would be one worker here.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/build-once.ts'],
          // A site test drives Chromium or runs a build (10–40 s on this 2-core machine idle, several
          // times that under load); a test or hook that needs longer says why beside its own limit.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
