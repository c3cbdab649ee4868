import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

/** Files made to cost what no plan costs to read: for the tests and the benchmark of the ingest's reading limits. */

/** A .docx whose document.xml inflates to `megabytes` of spaces: a few hundred kilobytes on disk. */
export function zipBomb(dir: string, megabytes: number): string {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let megabyte = 0; megabyte < megabytes; megabyte++) entry.push(spaces, megabyte === megabytes - 1);
  zip.end();
  const path = join(dir, 'bomb.docx');
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

/** A valid PDF of `count` pages, each printing one word. */
export function manyPagesPdf(dir: string, count: number): string {
  const objects: string[] = ['', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const text = 'BT /F1 12 Tf 72 720 Td (Trang) Tj ET';
  objects.push(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  const kids = Array.from({ length: count }, () => objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'));
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Count ${count} /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const path = join(dir, 'pages.pdf');
  writeFileSync(path, pdf);
  return path;
}
