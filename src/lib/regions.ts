/** The region of the documents of central bodies (Bộ Chính trị, Chính phủ). */
export const NATIONAL_REGION = 'Trung ương';
/** The region of a document whose province could not be read. */
export const UNKNOWN_REGION = 'Chưa xác định tỉnh';

/** Where a document belongs: its province, `Trung ương` for a national document, else `Chưa xác định tỉnh`. */
export function regionOfDocument(document: { province: string | null; national?: boolean }): string {
  return document.province ?? (document.national ? NATIONAL_REGION : UNKNOWN_REGION);
}
