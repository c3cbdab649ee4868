import type { Browser } from 'playwright-core';
import { findFlattenedTables } from '../../../src/ingest/parse/lift-flattened-tables.ts';

const KIND_LINE = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|NGHỊ QUYẾT|CHUYÊN ĐỀ|QUYẾT ĐỊNH)$/u;

/**
 * A text plan as an office prints it to PDF: each paragraph justified with a
 * first-line indent and a little space after, the kind line and the title
 * under it centred, bold where the text says, tables (cells between tabs, or
 * a web copy's flattened table) with their lines drawn and their first row
 * repeated on each page, as Word repeats a header row; a header laid out in
 * two columns without lines; printed by Chromium, whose PDF has a text layer.
 */
export async function textToPdf(browser: Browser, text: string): Promise<Uint8Array> {
  const blocks = text
    .split(/\n{2,}/u)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^-{3,}$/u.test(block));
  let centreNext = false;
  const body = blocks.map((block) => {
    if (block.split('\n').every((line) => line.includes('\t'))) return table(block.split('\n').map((line) => line.split('\t')), true);
    const [flattened] = /^\|\s*$/mu.test(block.split('\n')[0]!) ? findFlattenedTables(block) : [];
    if (flattened) return table(flattened.rows.map((row) => row.cells), !flattened.layout);
    const plain = block.replace(/^#+\s*/u, '').replace(/\*\*/gu, '').trim();
    const centred = centreNext || KIND_LINE.test(plain);
    centreNext = KIND_LINE.test(plain);
    const content = escape(block.replace(/^#+\s*/u, '')).replace(/\n/gu, '<br>').replace(/\*\*(.+?)\*\*/gu, '<b>$1</b>').replace(/\*\*/gu, '');
    return `<p${centred ? ' class="c"' : ''}>${content}</p>`;
  });
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>body{font-family:"DejaVu Serif",serif;font-size:13pt}` +
        `p{margin:0 0 6pt 0;text-indent:1cm;text-align:justify}p.c{text-align:center;text-indent:0}table{border-collapse:collapse;margin:0 0 6pt 0}td{padding:2pt;font-size:11pt;vertical-align:top}table.ruled td{border:1px solid #000}table.layout{width:100%}table.layout td{text-align:center;width:50%}</style></head>` +
        `<body>${body.join('\n')}</body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2cm' } }));
  } finally {
    await page.close();
  }
}

function table(rows: string[][], ruled: boolean): string {
  const row = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${escape(cell.replace(/\*\*/gu, '')).replace(/\n/gu, '<br>')}</td>`).join('')}</tr>`;
  const [head, ...rest] = rows;
  return `<table class="${ruled ? 'ruled' : 'layout'}"><thead>${row(head ?? [])}</thead><tbody>${rest.map(row).join('')}</tbody></table>`;
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
