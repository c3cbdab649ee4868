/**
 * Column headings of a task table, in the order a heading is tried against
 * them (first match wins): `TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
 * Thời gian thực hiện | Ghi chú`, `STT | Tên dự án, nhiệm vụ | Nội dung chính |
 * Cơ quan chủ trì[1] | … | Tình trạng | Thời gian thực hiện | Nguồn lực`,
 * `STT | Cơ quan chủ trì | Cơ quan phối hợp | Thuộc nhóm nhiệm vụ | Nội dung
 * nhiệm vụ | Chỉ tiêu đạt được | Thời hạn hoàn thành`.
 */
export const TABLE_COLUMNS = {
  number: /^(?:S?TT|Số TT|Số thứ tự)\.?$/iu,
  /** `Thuộc nhóm nhiệm vụ, hành động`: the group a row belongs to. */
  group: /^(?:thuộc\s+)?nhóm\s+(?:nhiệm vụ|giải pháp|hành động)/iu,
  /** `Tên dự án, nhiệm vụ`: a project's name, read before its content. */
  name: /^tên\s+(?:dự án|nhiệm vụ|chương trình|đề án|hoạt động|công việc)/iu,
  /** `Đơn vị chủ trì`, `Cơ quan thực hiện`, `Người thực hiện`, `Cán bộ phụ trách`: who leads, an agency or a person. */
  lead: /chủ trì|(?:đơn vị|cơ quan|bộ phận|người|cán bộ|cá nhân|thành viên)(?:\s+chịu trách nhiệm)?\s+(?:thực hiện|phụ trách)|^phụ trách$/iu,
  support: /phối hợp/iu,
  timeframe: /thời gian|thời hạn|tiến độ|thời điểm/iu,
  /** `Chỉ tiêu đạt được`, `Kết quả dự kiến`, `Sản phẩm`: what a row is to deliver. */
  result: /chỉ tiêu|kết quả|sản phẩm/iu,
  status: /tình trạng/iu,
  resources: /nguồn lực|kinh phí|nguồn vốn|dự toán/iu,
  note: /ghi chú/iu,
  content: /nội dung|nhiệm vụ|công việc|hoạt động|giải pháp/iu,
} as const;

export type TableColumn = keyof typeof TABLE_COLUMNS;

/** The kind of each heading of a table's header row, as TABLE_COLUMNS reads it. */
export function columnKinds(header: string[]): Array<TableColumn | null> {
  return header.map((cell) => (Object.entries(TABLE_COLUMNS) as Array<[TableColumn, RegExp]>).find(([, pattern]) => pattern.test(cell))?.[0] ?? null);
}

/** A cell that reads as a time: a year, a quarter or month, `Thường xuyên`, `Hằng năm`. */
export const TIME_CELL = /(?:19|20)\d{2}|[Qq]uý|[Tt]háng|[Tt]hường xuyên|[Hh][ằà]ng năm|[Đđ]ịnh kỳ|[Ll]iên tục|[Gg]iai đoạn/u;

/** A row's number (`1`, `12.`) in a tab-separated row's first cell, where a header would name the column instead. */
export const NUMBER_CELL = /^\d+\.?$/u;
