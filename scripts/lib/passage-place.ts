import type { DocumentFacts, Passage } from '../../src/schema/index.ts';

/** Characters of a section's title kept in a place name. */
const TITLE_LENGTH = 70;

/** What a block outside the numbered parts is, for a reader. */
const KIND_NAMES: Record<string, string> = {
  header: 'Phần đầu văn bản',
  title: 'Tên văn bản',
  signature: 'Chữ ký',
  recipients: 'Nơi nhận',
};

/**
 * Where a passage is, as a reader names it: `Mục II.1 Mục tiêu cụ thể, đoạn 2`,
 * `Phần mở đầu, đoạn 1`, `Nơi nhận`. A passage's id is its section's id
 * followed by its own (`ii-1-d2`), so its section is the longest outline id
 * it starts with.
 */
export function passagePlace(passage: Pick<Passage, 'id' | 'kind' | 'label'>, outline: DocumentFacts['outline']): string {
  if (KIND_NAMES[passage.kind]) return KIND_NAMES[passage.kind]!;
  const section = outline
    .filter((entry) => passage.id.startsWith(`${entry.id}-`))
    .sort((a, b) => b.id.length - a.id.length)[0];
  const own = passage.id.slice(section ? section.id.length + 1 : 0);
  const [, kind, number] = /^([dy])(\d+)$/u.exec(own) ?? [];
  const title = section && section.title.length > TITLE_LENGTH ? `${section.title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : section?.title;
  const where = section ? `Mục ${section.path} ${title}`.trim() : 'Phần mở đầu';
  const what = kind === 'd' ? `đoạn ${number}` : kind === 'y' ? `ý ${number}` : passage.label && /\w/u.test(passage.label) ? `ý ${passage.label.replace(/[.)]$/u, '')}` : null;
  return what ? `${where}, ${what}` : where;
}
