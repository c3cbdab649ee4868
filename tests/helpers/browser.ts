import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite, type ServedSite } from '../../scripts/lib/browser.ts';

export { launchChromium, serveSite };

/** Chromium and the built site for one test file: started before its tests, stopped after. */
export function useBrowserAndSite(dist: string, base = '/'): { browser: Browser; origin: string; site: ServedSite } {
  const handle = {} as { browser: Browser; origin: string; site: ServedSite };
  let site: ServedSite | undefined;
  beforeAll(async () => {
    [handle.browser, site] = await Promise.all([launchChromium(), serveSite(dist, base)]);
    handle.origin = site.origin;
    handle.site = site;
  });
  afterAll(async () => {
    await handle.browser?.close();
    await site?.close();
  });
  return handle;
}
