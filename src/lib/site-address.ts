/** Where a build is served: its base path (`/`, `/kb/`) and, when known, its full address. */
export interface SiteAddress {
  base: string;
  url: string | null;
}

export class SiteAddressError extends Error {}

/**
 * A base path is written into every page, link, route pattern and header, so
 * its segments may only hold letters, digits and `-._~` (no quotes, markup,
 * `:` or `*`, which the router would read as parameters, no `..`).
 */
const SAFE_BASE = /^\/(?:(?!\.\.?\/)[A-Za-z0-9\-._~]+\/)*$/u;
const SAFE_EXAMPLE = 'letters, digits and - . _ ~ between slashes, e.g. /kb/ or /so-gddt/ke-hoach/';

/**
 * Read from SITE_BASE and SITE_URL. The base is SITE_URL's path unless
 * SITE_BASE is set; set both, they must agree (a full address whose path
 * the pages do not live under would send every link astray).
 */
export function siteAddress(env: { SITE_BASE?: string; SITE_URL?: string }): SiteAddress {
  const slash = (path: string) => path.replace(/\/?$/u, '/');
  const url = env.SITE_URL ? fullAddress(env.SITE_URL) : null;
  const fromUrl = url ? slash(url.pathname) : null;
  if (fromUrl && !SAFE_BASE.test(fromUrl)) {
    throw new SiteAddressError(`SITE_URL=${env.SITE_URL} has the path ${fromUrl}; a site's path may hold only ${SAFE_EXAMPLE}`);
  }
  const base = env.SITE_BASE ? slash(env.SITE_BASE.startsWith('/') ? env.SITE_BASE : `/${env.SITE_BASE}`) : (fromUrl ?? '/');
  if (!SAFE_BASE.test(base)) throw new SiteAddressError(`SITE_BASE=${env.SITE_BASE} may hold only ${SAFE_EXAMPLE}`);
  if (fromUrl && fromUrl !== base) {
    throw new SiteAddressError(`SITE_URL=${env.SITE_URL} is served under ${fromUrl} but SITE_BASE=${env.SITE_BASE} says ${base}; set SITE_BASE=${fromUrl}, or leave it unset`);
  }
  return { base, url: url ? new URL(base, url).href : null };
}

/** An http(s) address with a host, and nothing a site's address cannot carry (credentials, query, fragment). */
function fullAddress(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteAddressError(`SITE_URL=${value} is not a full address, expected one such as https://intranet.example/kb/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteAddressError(`SITE_URL=${value} is not an http or https address, expected one such as https://intranet.example/kb/`);
  }
  if (url.username || url.password || url.search || url.hash || /[\s"'<>`]/u.test(value)) {
    throw new SiteAddressError(`SITE_URL=${value} holds a password, a query, a fragment, a quote or markup; give the bare address, such as https://intranet.example/kb/`);
  }
  return url;
}
