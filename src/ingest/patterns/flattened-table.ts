/**
 * Tables as web extractors flatten them: every cell on its own line(s),
 * cells separated by lone `|` lines, a row closed by `|` and the next opened
 * by another `|`, so that two `|` lines in a row mark a row boundary.
 */

/** A lone `|` line: a cell boundary of a flattened table. */
export const CELL_BOUNDARY_LINE = /^\s*\|\s*$/u;

/** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `ĐẢNG CỘNG SẢN VIỆT NAM`: the motto cell of a document header. */
export const NATIONAL_MOTTO = /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/u;

/** `I`, `II`, `A`: the number cell of a group row (`| I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ |`). */
export const GROUP_ROW_NUMBER = /^(?:[IVXLC]+|[A-Z])\.?$/u;

/** `1`, `12.`, `1.2`: the number cell of an ordinary row. */
export const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

/** `I. Kinh tế số`: a group row whose number and title share one cell spanning the table. */
export const GROUP_ROW_TITLE = /^(?<value>[IVXLC]+|[A-Z])[.-]\s+\S/u;

export const TEXT_AFTER_TABLE = /^(?:PHỤ LỤC\b|Điều\s+\d+\s*\.|Nơi nhận\s*:)/u;
