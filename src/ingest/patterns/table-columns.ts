/** Column headings of a task table: `TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú`. */
export const TABLE_COLUMNS = {
  number: /^(?:S?TT|Số TT|Số thứ tự)\.?$/iu,
  content: /nội dung|nhiệm vụ|công việc|hoạt động|chỉ tiêu/iu,
  lead: /chủ trì/iu,
  support: /phối hợp/iu,
  timeframe: /thời gian|thời hạn|tiến độ/iu,
  note: /ghi chú/iu,
} as const;

export type TableColumn = keyof typeof TABLE_COLUMNS;
