/** Text matched as itself inside a RegExp: `Bà Rịa - Vũng Tàu (cũ)` has no pattern in it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
