import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferenceData } from '../../src/ingest/reference-data.ts';
import { parseDocument } from '../../src/ingest/pipeline.ts';
import { Timer } from '../../src/ingest/timer.ts';
import { romanNumeral } from '../../src/lib/roman-numeral.ts';

/** A line giving the document's number, which the generator writes anew. */
const NUMBER_LINE = /^Số\s*:.*$/gmu;

/**
 * Write `count` plans made from the seeds, as if every province had issued
 * them: each takes the next seed, a province of data/provinces.json in place
 * of the seed's own, and a number of its own (`Số: 1000/KH-BENCH`), so that
 * no two share an id at any count. A second call with `first` past the
 * first call's count adds plans of other numbers to the same folder; the
 * seeds' own provinces are looked for among `known` (default: `provinces`).
 */
export function generateCorpus(
  seedsDir: string,
  provinces: string[],
  count: number,
  outDir: string,
  { first = 0, known = provinces }: { first?: number; known?: string[] } = {},
): void {
  mkdirSync(outDir, { recursive: true });
  // Provincial plans only: a national document (the resolution the plans implement) is not issued by a province.
  const data = loadReferenceData();
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedsDir, name)))
    .filter((bytes) => {
      const parsed = parseDocument('seed', bytes, data, new Timer());
      return !('facts' in parsed && parsed.facts.national);
    })
    .map((bytes) => new TextDecoder().decode(bytes));
  for (let index = first; index < first + count; index++) {
    const seed = seeds[index % seeds.length]!;
    const province = provinces[Math.floor((index - first) / seeds.length) % provinces.length]!;
    let text = seed.replace(NUMBER_LINE, '');
    for (const own of known.filter((name) => seed.includes(name) || seed.includes(name.toUpperCase()))) {
      text = text.replaceAll(own, province).replaceAll(own.toUpperCase(), province.toUpperCase());
    }
    writeFileSync(join(outDir, `${String(index).padStart(5, '0')}.txt`), `Số: ${1000 + index}/KH-BENCH\n\n${text}`);
  }
}

/** A copy of the project's data folder of which nothing was ever published: no URLs, ids, anchors or versions. */
export function unpublishedDataDir(projectDataDir: string, target: string): void {
  cpSync(projectDataDir, target, { recursive: true });
  writeFileSync(join(target, 'published-urls.txt'), '');
  for (const name of ['id-lock.json', 'target-lock.json', 'versions.json']) writeFileSync(join(target, name), '{}\n');
}

/**
 * One long plan of `lines` numbered lines, as a careless or hostile seed
 * may be: parts of fifty items, each a task with its lead and deadline, a
 * goal with a number, or a row of a table flattened to cells between `|`.
 */
export function longPlan(lines: number): string {
  const out = ['Số: 999/KH-UBND', '', 'Cao Bằng, ngày 10 tháng 02 năm 2026', '', 'KẾ HOẠCH', '', 'Thực hiện Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo', ''];
  for (let line = 1; line <= lines; line++) {
    if (line % 50 === 1) out.push('', `${romanNumeral(Math.ceil(line / 50))}. NHIỆM VỤ, GIẢI PHÁP NHÓM ${Math.ceil(line / 50)}`, '');
    const kind = line % 3;
    if (kind === 0) out.push(`${line}. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính rà soát mạng lưới trường học số ${line}; hoàn thành trong Quý I/2026.`);
    else if (kind === 1) out.push(`${line}. Phấn đấu đến năm 2030 đạt trên ${line % 90}% trường học đạt chuẩn quốc gia, ít nhất ${line} phòng học được kiên cố hóa.`);
    else out.push(`| ${line} | Bồi dưỡng giáo viên đợt ${line} | Sở Nội vụ | Tháng 02/2026 |`);
  }
  return `${out.join('\n')}\n`;
}
