import { resolve } from 'node:path';
import { siteAddress, SiteAddressError, type SiteAddress } from '../../src/lib/site-address.ts';

/** `--name value` from the command line as an absolute path, or the fallback. */
export function pathOption(name: string, fallback: string, args = process.argv.slice(2)): string {
  const index = args.indexOf(name);
  return index === -1 ? fallback : resolve(args[index + 1]!);
}

/** `--name value` from the command line as an absolute path, or undefined when not given. */
export function optionalPathOption(name: string, args = process.argv.slice(2)): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : resolve(args[index + 1]!);
}

/** The site's address from SITE_URL and SITE_BASE, or the command stops with what is wrong with them. */
export function siteAddressOrExit(tool: string, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  try {
    return siteAddress(env);
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(`[${tool}] ${error.message}`);
    process.exit(1);
  }
}
