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
