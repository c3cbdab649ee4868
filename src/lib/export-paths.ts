/**
 * Where the tables and calendars of scripts/export-tables.ts are, under
 * dist/api/, without extension (`.csv`, `.xlsx`, `.ics` follow): the site
 * links to them through `urls.download`, the export stage writes them here.
 */
export const exportPaths = {
  tasks: () => 'api/tasks',
  targets: () => 'api/targets',
  agency: (id: string) => `api/agencies/${id}`,
  region: (slug: string) => `api/provinces/${slug}`,
  document: (id: string) => `api/documents/${id}`,
  theme: (key: string) => `api/themes/${key}`,
};
