import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from '../../src/schema/index.ts';

/**
 * Make declared redirects work on any static host, without script:
 * - a moved page gets a small page at its old path that sends the reader on
 *   (meta refresh, and a link for those who read it first);
 * - a moved item keeps its old anchor: an empty element with the old id just
 *   inside the new one on the same page, or a note with a link on the old page;
 * - `_redirects` lists page moves for hosts that read that file.
 */
export function writeRedirects(
  dist: string,
  base: string,
  redirects: Redirect[],
  splitUrl: (url: string) => { path: string; fragment: string | null },
): void {
  const lines: string[] = [];
  for (const redirect of redirects) {
    const from = splitUrl(redirect.from);
    const to = splitUrl(redirect.to);
    const target = `${base}${redirect.to.slice(1)}`;
    if (!from.fragment) {
      const dir = join(dist, from.path);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), redirectPage(target));
      lines.push(`${base}${from.path.slice(1)} ${target} 301`);
      continue;
    }
    const file = join(dist, from.path, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const anchor = from.path === to.path && to.fragment
      ? insertInside(html, to.fragment, `<span id="${escapeAttribute(from.fragment)}" class="moved-anchor"></span>`)
      : insertBeforeMain(html, `<p id="${escapeAttribute(from.fragment)}" class="notice">Mục này đã chuyển tới <a href="${escapeAttribute(target)}">vị trí mới</a>.</p>`);
    writeFileSync(file, anchor);
  }
  writeFileSync(join(dist, '_redirects'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

/** Says, in the page, that it is a redirect this step wrote: a later run over the same dist/ does not take it for a page of the build. */
const REDIRECT_MARK = '<meta name="kb-redirect" content="1">';

function redirectPage(target: string): string {
  const href = escapeAttribute(target);
  const [path, fragment = ''] = target.split('#');
  // A moved page keeps the fragment it was asked for, as an HTTP redirect would; without script, the refresh goes to the target.
  const keep = `<script>location.replace(${scriptString(path!)} + (location.hash || ${scriptString(fragment ? `#${fragment}` : '')}))</script>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">${REDIRECT_MARK}<title>Đã chuyển</title>${keep}<meta http-equiv="refresh" content="0; url=${href}"><link rel="canonical" href="${href}"></head><body><p>Trang này đã chuyển tới <a href="${href}">địa chỉ mới</a>.</p></body></html>\n`;
}

/** A string as a script literal inside an HTML page: quoted, and no `<` to end the script. */
const scriptString = (text: string) => JSON.stringify(text).replace(/</gu, '\\u003c');

/** Whether the page at a published URL is a redirect page written here. */
export function isRedirectPage(dist: string, url: string): boolean {
  if (url.includes('#') || !url.endsWith('/')) return false;
  const file = join(dist, url, 'index.html');
  if (!existsSync(file)) return false;
  // The mark stands in the first bytes of a redirect page: a site's pages are not read whole (1 GB at 1,000 plans).
  const head = Buffer.alloc(REDIRECT_HEAD_BYTES);
  const descriptor = openSync(file, 'r');
  try {
    const read = readSync(descriptor, head, 0, head.length, 0);
    return head.subarray(0, read).includes(REDIRECT_MARK);
  } finally {
    closeSync(descriptor);
  }
}

/** How far into a page the redirect mark is looked for: redirectPage writes it within its first 100 bytes. */
const REDIRECT_HEAD_BYTES = 512;

function insertInside(html: string, id: string, element: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at === -1) return html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + element + html.slice(end);
}

function insertBeforeMain(html: string, element: string): string {
  return html.replace(/(<main[^>]*>)/u, `$1${element}`);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}
