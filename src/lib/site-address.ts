/** Where a build is served: its base path (`/`, `/kb/`) and, when known, its full address. */
export interface SiteAddress {
  base: string;
  url: string | null;
}

export class SiteAddressError extends Error {}

/**
 * Read from SITE_BASE and SITE_URL. The base is SITE_URL's path unless
 * SITE_BASE is set; set both, they must agree (a full address whose path
 * the pages do not live under would send every link astray).
 */
export function siteAddress(env: { SITE_BASE?: string; SITE_URL?: string }): SiteAddress {
  const slash = (path: string) => path.replace(/\/?$/u, '/');
  let url: URL | null = null;
  if (env.SITE_URL) {
    try {
      url = new URL(env.SITE_URL);
    } catch {
      throw new SiteAddressError(`SITE_URL=${env.SITE_URL} is not a full address, expected one such as https://intranet.example/kb/`);
    }
  }
  const fromUrl = url ? slash(url.pathname) : null;
  const base = env.SITE_BASE ? slash(env.SITE_BASE.startsWith('/') ? env.SITE_BASE : `/${env.SITE_BASE}`) : (fromUrl ?? '/');
  if (fromUrl && fromUrl !== base) {
    throw new SiteAddressError(`SITE_URL=${env.SITE_URL} is served under ${fromUrl} but SITE_BASE=${env.SITE_BASE} says ${base}; set SITE_BASE=${fromUrl}, or leave it unset`);
  }
  return { base, url: url ? new URL(base, url).href : null };
}
