/**
 * Where a document's original file is published: beside its page, under one
 * name whatever the seed was called (`cao-bang-kh-ubnd-2026-02/van-ban-goc.docx`),
 * relative to the site's root. The build copies the file there.
 */
export function originalFilePath(documentId: string, sourcePath: string): string {
  const extension = /\.([a-z0-9]+)$/iu.exec(sourcePath)?.[1]?.toLowerCase() ?? 'txt';
  return `${documentId}/van-ban-goc.${extension}`;
}
