import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { PreviewCard } from './preview-cards.ts';

/** The size link previews are shown at (OpenGraph's large image). */
export const WIDTH = 1200;
export const HEIGHT = 630;
const MARGIN = 80;
const TITLE_SIZE = 52;
const TITLE_LINES = 4;
/** Be Vietnam Pro's mean advance in em, bold, on Vietnamese titles: lines are broken by it. */
const MEAN_ADVANCE = 0.53;
const SITE_NAME = 'Tra cứu kế hoạch giáo dục';

/** Be Vietnam Pro, drawn for Vietnamese (its fontsource cut splits the tone-marked letters into another file). */
const FONT_DIR = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
export const FONT_FILES = [join(FONT_DIR, '400Regular/BeVietnamPro_400Regular.ttf'), join(FONT_DIR, '700Bold/BeVietnamPro_700Bold.ttf')];

/** A card as a 1200×630 PNG. */
export function renderCard(card: PreviewCard): Buffer {
  const resvg = new Resvg(cardSvg(card), { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } });
  return resvg.render().asPng();
}

export function cardSvg(card: PreviewCard): string {
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-family="Be Vietnam Pro" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  const titleLines = wrap(card.title, Math.floor((WIDTH - 2 * MARGIN) / (TITLE_SIZE * MEAN_ADVANCE)), TITLE_LINES);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f6f4ee"/>`,
    `<rect width="${WIDTH}" height="14" fill="#8a1c1c"/>`,
    text(MARGIN, 110, 30, 700, '#8a1c1c', clip(card.eyebrow.toLocaleUpperCase('vi'), 60)),
    ...titleLines.map((line, index) => text(MARGIN, 200 + index * 68, TITLE_SIZE, 700, '#1d1d1b', line)),
    text(MARGIN, 520, 28, 400, '#333333', clip(card.footer, 68)),
    text(MARGIN, 575, 26, 700, '#8a1c1c', SITE_NAME),
    '</svg>',
  ].join('\n');
}

/** Words into at most `lines` lines of about `width` characters, the last ending in `…` when the text goes on. */
export function wrap(content: string, width: number, lines: number): string[] {
  const result: string[] = [];
  for (const word of content.split(/\s+/u).filter(Boolean)) {
    const last = result.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) result[result.length - 1] = `${last} ${word}`;
    else result.push(word.length > width ? clip(word, width) : word);
  }
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  let last = kept[lines - 1]!;
  while (last.length > width - 2 && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[lines - 1] = `${last} …`;
  return kept;
}

function clip(content: string, length: number): string {
  return content.length <= length ? content : `${content.slice(0, length - 1).trimEnd()}…`;
}

function escapeXml(content: string): string {
  return content.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
