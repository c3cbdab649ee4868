import type { Browser } from 'playwright-core';

const KIND_LINE = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|NGHỊ QUYẾT|CHUYÊN ĐỀ|QUYẾT ĐỊNH)$/u;

/**
 * A text plan as an office prints it to PDF: each paragraph justified with a
 * first-line indent and a little space after, the kind line and the title
 * under it centred, bold where the text says, tables (cells between tabs)
 * with their lines drawn; printed by Chromium, whose PDF has a text layer.
 */
export async function textToPdf(browser: Browser, text: string): Promise<Uint8Array> {
  const blocks = text
    .split(/\n{2,}/u)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^-{3,}$/u.test(block));
  let centreNext = false;
  const body = blocks.map((block) => {
    if (block.split('\n').every((line) => line.includes('\t'))) {
      const rows = block.split('\n').map((line) => `<tr>${line.split('\t').map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`);
      return `<table>${rows.join('')}</table>`;
    }
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
        `p{margin:0 0 6pt 0;text-indent:1cm;text-align:justify}p.c{text-align:center;text-indent:0}table{border-collapse:collapse}td{border:1px solid #000;padding:2pt;font-size:11pt}</style></head>` +
        `<body>${body.join('\n')}</body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2cm' } }));
  } finally {
    await page.close();
  }
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
