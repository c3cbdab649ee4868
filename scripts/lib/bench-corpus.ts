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

const LONG_PLAN_AGENCIES = [
  'Sở Giáo dục và Đào tạo',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Khoa học và Công nghệ',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Công an tỉnh',
  'Ủy ban nhân dân các xã, phường',
];

const LONG_PLAN_GROUPS = [
  'Phát triển mạng lưới trường, lớp học',
  'Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục',
  'Đẩy mạnh chuyển đổi số trong giáo dục và đào tạo',
  'Bảo đảm cơ sở vật chất, thiết bị dạy học',
  'Phát triển giáo dục nghề nghiệp gắn với nhu cầu thị trường lao động',
  'Huy động các nguồn lực cho phát triển giáo dục',
];

const LONG_PLAN_WORK = [
  (n: number) => `Rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non, phổ thông tại cụm xã số ${n}, bảo đảm đủ trường, lớp học cho học sinh ở khu vực khó khăn.`,
  (n: number) => `Tổ chức bồi dưỡng năng lực số cho ${n * 10} giáo viên phổ thông; đánh giá kết quả bồi dưỡng và báo cáo Ủy ban nhân dân tỉnh.`,
  (n: number) => `Đầu tư xây dựng, cải tạo ${n} phòng học bộ môn, thư viện và nhà đa năng tại các trường phổ thông dân tộc nội trú.`,
  (n: number) => `Xây dựng và vận hành cơ sở dữ liệu ngành giáo dục, kết nối với cơ sở dữ liệu dân cư; hoàn thành giai đoạn ${n}.`,
  (n: number) => `Triển khai chính sách hỗ trợ học sinh bán trú và học sinh dân tộc thiểu số tại ${n} xã biên giới theo quy định hiện hành.`,
  (n: number) => `Phấn đấu đến năm 2030 có trên ${50 + (n % 45)}% trường phổ thông đạt chuẩn quốc gia ở khu vực số ${n}.`,
  (n: number) => `Tăng cường kiểm tra, giám sát việc thực hiện chương trình giáo dục phổ thông tại ${n} cơ sở giáo dục; kịp thời tháo gỡ khó khăn, vướng mắc.`,
  (n: number) => `Phối hợp với các doanh nghiệp tổ chức đào tạo nghề cho ${n * 5} lao động nông thôn, gắn với giải quyết việc làm sau đào tạo.`,
];

const LONG_PLAN_WHEN = ['Hằng năm (từ năm 2026)', 'Quý IV/2026', 'Năm 2027', 'Giai đoạn 2026 - 2030', 'Trước ngày 31/12/2026'];

/**
 * A plan of the genre with about `items` outline items (parts, groups, lead
 * lines, bullets and timeframe lines): its purpose, a few targets, then work
 * parts of a hundred groups, each a lead line naming who leads and supports,
 * ten tasks and when; its organisation; its signature. The shape provincial
 * plans have, only longer: what `npm run bench` and the tests build to see a
 * long document stay readable.
 */
export function planOfItems(items: number): string {
  const lines = [
    'Số: 99/KH-UBND',
    '',
    'Cao Bằng, ngày 01 tháng 3 năm 2026',
    '',
    '## KẾ HOẠCH',
    '',
    '**Triển khai các nhiệm vụ phát triển giáo dục và đào tạo đến năm 2030**',
    '',
    'Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
    '',
    '### I. MỤC ĐÍCH, YÊU CẦU',
    '',
    '- Cụ thể hóa các nhiệm vụ, giải pháp phát triển giáo dục và đào tạo của tỉnh.',
    '',
    '- Phân công rõ trách nhiệm của các cơ quan, đơn vị và địa phương.',
    '',
    '### II. MỤC TIÊU',
    '',
    '- Đến năm 2030, 100% xã, phường hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.',
    '',
  ];
  let count = 5;
  let task = 0;
  let part = 3;
  for (; count < items; part++) {
    lines.push(`### ${romanNumeral(part)}. NHIỆM VỤ, GIẢI PHÁP PHẦN ${part - 2}`, '');
    count++;
    for (let group = 1; group <= 100 && count < items; group++) {
      const lead = LONG_PLAN_AGENCIES[(part + group) % LONG_PLAN_AGENCIES.length]!;
      const support = LONG_PLAN_AGENCIES[(part + group + 3) % LONG_PLAN_AGENCIES.length]!;
      lines.push(`**${group}. ${LONG_PLAN_GROUPS[group % LONG_PLAN_GROUPS.length]} (nhóm ${group})**`, '');
      lines.push(`*${group}.1. ${lead} chủ trì, phối hợp với ${support}*`, '');
      count += 2;
      for (let bullet = 0; bullet < 10 && count < items; bullet++, count++) lines.push(`- ${LONG_PLAN_WORK[task % LONG_PLAN_WORK.length]!(++task)}`, '');
      lines.push(`- Thời gian thực hiện: ${LONG_PLAN_WHEN[group % LONG_PLAN_WHEN.length]}.`, '');
      count++;
    }
  }
  lines.push(
    `### ${romanNumeral(part)}. TỔ CHỨC THỰC HIỆN`,
    '',
    '1. Sở Giáo dục và Đào tạo chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    '',
    '**Nơi nhận:**',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    '**TM. ỦY BAN NHÂN DÂN**  ',
    '**CHỦ TỊCH**',
    '',
    '**Nguyễn Văn A**',
    '',
  );
  return lines.join('\n');
}
