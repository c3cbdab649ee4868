import { realpathSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

/**
 * Why a file may not be read as part of `folder`, or null when it may: it
 * must be a regular file inside the folder once links are resolved (a link
 * in seeds/ to /etc/passwd would publish that file).
 */
export function notInside(folder: string, file: string): string | null {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return 'a link to nothing';
  }
  const within = relative(realpathSync(folder), real);
  if (within === '' || within.startsWith('..') || isAbsolute(within)) return `a link to ${real}, outside the folder`;
  return statSync(real).isFile() ? null : `not a regular file (${real})`;
}
