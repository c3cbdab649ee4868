import { romanNumeral } from '../../src/lib/roman-numeral.ts';

/**
 * A plan of the seeds' genre, as large as asked: parts I., II., … each with
 * numbered groups, a lead heading and bullets with targets and timeframes.
 */
export function largePlan(bytes: number): string {
  const head = 'Số: 99/KH-UBND\n\nCao Bằng, ngày 01 tháng 3 năm 2026\n\n## KẾ HOẠCH\n\n**Triển khai thử nghiệm một kế hoạch rất dài**\n\n';
  const bullet = (part: number, group: number, item: number) =>
    `- Nhiệm vụ ${part}.${group}.${item}: tiếp tục đổi mới mạnh mẽ tư duy trong lãnh đạo, chỉ đạo; chuyển mạnh từ quản lý hành chính sang kiến tạo phát triển, ` +
    `quản trị hiện đại, hành động quyết liệt, tập trung vào kết quả đầu ra; phấn đấu đạt trên ${50 + (item % 40)}% trường phổ thông đạt chuẩn quốc gia vào năm 2030; ` +
    'bảo đảm đủ giáo viên cho các trường nội trú liên cấp tại các xã biên giới, theo Nghị quyết số 71-NQ/TW và Kế hoạch số 43-KH/TU.\n\n';
  let text = head;
  // Vietnamese takes about 1.25 bytes a character in UTF-8.
  const characters = bytes / 1.25;
  for (let part = 1; text.length < characters; part++) {
    text += `### ${romanNumeral(part)}. NHIỆM VỤ, GIẢI PHÁP PHẦN ${part}\n\n`;
    for (let group = 1; group <= 40 && text.length < characters; group++) {
      text += `**${group}. Nhóm nhiệm vụ về chuyển đổi số số ${group} (thực hiện hằng năm, từ năm 2026)**\n\n`;
      text += `*${group}.1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính, UBND các xã, phường*\n\n`;
      for (let item = 1; item <= 3; item++) text += bullet(part, group, item);
      text += '- Thời gian thực hiện: Quý IV/2026.\n\n';
    }
  }
  return `${text}**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n`;
}
