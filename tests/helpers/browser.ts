import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../../scripts/lib/browser.ts';

export { launchChromium, serveSite };

/** Chromium and the built site for one test file: started before its tests, stopped after. */
export function useBrowserAndSite(dist: string, base = '/'): { browser: Browser; origin: string } {
  const handle = {} as { browser: Browser; origin: string };
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    [handle.browser, site] = await Promise.all([launchChromium(), serveSite(dist, base)]);
    handle.origin = site.origin;
  });
  afterAll(async () => {
    await handle.browser?.close();
    await site?.close();
  });
  return handle;
}
