import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseReport {
  url: string;
  scores: Record<string, number | null>;
  /** Measured where performance was asked for, else null. */
  cumulativeLayoutShift: number | null;
  /** Audits of accessibility, SEO and best practices that did not pass, for the message of a failing test. */
  failing: string[];
}

/**
 * Lighthouse on each page as a phone would load it (its mobile settings,
 * without network throttling: the site is served from this machine), in
 * Debian's Chromium. Performance (a trace of the load, for layout shift) is
 * the costly category: measured only on the pages that ask for it.
 */
export async function runLighthouse(pages: Array<{ url: string; performance?: boolean }>): Promise<LighthouseReport[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const reports: LighthouseReport[] = [];
    for (const { url, performance = false } of pages) {
      const result = await lighthouse(
        url,
        { port: chrome.port, logLevel: 'error' },
        {
          extends: 'lighthouse:default',
          settings: {
            onlyCategories: ['accessibility', 'seo', 'best-practices', ...(performance ? ['performance'] : [])],
            formFactor: 'mobile',
            throttlingMethod: 'provided',
            disableFullPageScreenshot: true,
            // Debian's headless Chromium reports its first paint to Lighthouse only after about 11 s, even for a
            // one-line page (its requests end within 300 ms on loopback). The accessibility, SEO and best-practice
            // audits read the loaded page, so they wait 3 s at most; the performance run keeps the full wait.
            ...(performance ? {} : { maxWaitForLoad: 3000 }),
          },
        },
      );
      const lhr = result!.lhr;
      const scored = ['accessibility', 'seo', 'best-practices'].flatMap((key) => lhr.categories[key]!.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
      reports.push({
        url,
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([key, category]) => [key, category.score])),
        cumulativeLayoutShift: performance ? Number(lhr.audits['cumulative-layout-shift']!.numericValue) : null,
        failing: scored.filter((id) => (lhr.audits[id]?.score ?? 1) < 1).map((id) => `${id}: ${lhr.audits[id]!.title}`),
      });
    }
    return reports;
  } finally {
    await chrome.kill();
  }
}
