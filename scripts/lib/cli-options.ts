import { resolve } from 'node:path';

/** `--name value` from the command line as an absolute path, or the fallback. */
export function pathOption(name: string, fallback: string, args = process.argv.slice(2)): string {
  const index = args.indexOf(name);
  return index === -1 ? fallback : resolve(args[index + 1]!);
}
