/**
 * Where the link-preview images of scripts/render-previews.ts are, without
 * extension (`.png` follows): the pages name them through `urls.preview`, the
 * preview stage writes them here.
 */
export const previewPaths = {
  document: (id: string) => `anh/van-ban/${id}`,
  agency: (id: string) => `anh/co-quan/${id}`,
};
