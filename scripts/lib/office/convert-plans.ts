import { launchChromium } from '../browser.ts';
import { textToDocx } from './text-to-docx.ts';
import { textToPdf } from './text-to-pdf.ts';

export type OfficeFormat = 'pdf' | 'docx';

/**
 * Text plans as the files an office has: each printed to PDF by Chromium or
 * saved as Word, under its own name with the new extension. Keyed by the
 * text's file name.
 */
export async function convertPlans(texts: Map<string, string>, format: OfficeFormat): Promise<Map<string, { name: string; bytes: Uint8Array }>> {
  const converted = new Map<string, { name: string; bytes: Uint8Array }>();
  const browser = format === 'pdf' ? await launchChromium() : null;
  try {
    for (const [name, text] of texts) {
      const bytes = browser ? await textToPdf(browser, text) : await textToDocx(text);
      converted.set(name, { name: name.replace(/\.txt$/u, `.${format}`), bytes });
    }
  } finally {
    await browser?.close();
  }
  return converted;
}
