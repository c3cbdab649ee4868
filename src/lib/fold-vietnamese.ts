/**
 * Vietnamese text without tone marks and with đ → d, for slugs and for search
 * keys. Unicode decomposition removes the marks; đ has no decomposition, so it
 * is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

/** ASCII slug: `Sở Giáo dục và Đào tạo` → `so-giao-duc-va-dao-tao`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Longest slug a path segment gets: file systems stop at 255 bytes. */
const MAX_SLUG_LENGTH = 80;

/**
 * A slug short enough for a folder name: a long one is cut at a word and
 * given a hash of the whole, so two names that share their start stay apart.
 */
export function boundedSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, slug.lastIndexOf('-', MAX_SLUG_LENGTH - 9));
  return `${cut}-${fnv1a(slug)}`;
}

/** 32-bit FNV-1a, as 8 hex digits: stable across runs and platforms. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
