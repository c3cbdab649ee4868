import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseReport {
  url: string;
  scores: Record<string, number | null>;
  cumulativeLayoutShift: number;
  /** Audits of accessibility, SEO and best practices that did not pass, for the message of a failing test. */
  failing: string[];
}

/**
 * Lighthouse on each page as a phone would load it (its mobile settings,
 * without network throttling: the site is served from this machine), in
 * Debian's Chromium.
 */
export async function runLighthouse(urls: string[]): Promise<LighthouseReport[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const reports: LighthouseReport[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['accessibility', 'seo', 'best-practices', 'performance'],
        formFactor: 'mobile',
        throttlingMethod: 'provided',
        logLevel: 'error',
      });
      const lhr = result!.lhr;
      const scored = ['accessibility', 'seo', 'best-practices'].flatMap((key) => lhr.categories[key]!.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
      reports.push({
        url,
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([key, category]) => [key, category.score])),
        cumulativeLayoutShift: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
        failing: scored.filter((id) => (lhr.audits[id]?.score ?? 1) < 1).map((id) => `${id}: ${lhr.audits[id]!.title}`),
      });
    }
    return reports;
  } finally {
    await chrome.kill();
  }
}
