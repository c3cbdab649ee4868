import type { Block, OutlineNode } from '../model/outline.ts';
import type { MessageLog } from '../messages.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { Regions } from '../model/regions.ts';
import type { DocumentFactsDraft } from '../model/drafts.ts';
import type { Province, ReviewedFacts, Signature } from '../../schema/index.ts';
import {
  CAPACITY_TITLE,
  DOCUMENT_NUMBER_LINE,
  ISSUING_CLAUSE,
  PARENTHETICAL_ABBREVIATION,
  PERSON_NAME,
  PLACE_DATE_LINE,
  RECIPIENTS_LABEL,
  SIGNATURE_CAPACITY,
  SIGNED_MARK,
  SLASHED_DATE,
  PROVINCIAL_BODY_END,
  ON_BEHALF,
  NUMBER_BEFORE_SYMBOL,
} from '../patterns/document-header.ts';
import { NATIONAL_MOTTO } from '../patterns/flattened-table.ts';
import {
  BROKEN_NUMBER,
  CARRIED_OUT_BEFORE,
  CITED_TITLE_START,
  DOCUMENT_NUMBER,
  IMPLEMENTED_CLAUSE_BREAK,
  IMPLEMENTING_OPENING,
} from '../patterns/citations.ts';
import { readRelations, type Relations } from '../readers/relations.ts';
import { readLocality } from '../readers/locality.ts';
import { recaseName, recaseTitle, subjectAfterKind } from '../readers/title-case.ts';
import { slugify } from '../../lib/fold-vietnamese.ts';
import { nodeText } from '../model/outline-tree.ts';
import { ITEM_END, oneSpaced, squeezed } from '../patterns/text.ts';

export function extractDocumentFacts(
  regions: Regions,
  root: OutlineNode,
  sha256: string,
  data: ReferenceData,
  log: MessageLog,
): DocumentFactsDraft {
  const header = readHeader(regions.header);
  const reviewed = data.documentFacts.find((entry) => entry.sources.some((prefix) => sha256.startsWith(prefix))) ?? null;
  // A decision that issues the plan opens with the `Căn cứ …` lines it rests on.
  const issuingPreamble = (regions.issuing?.body ?? []).filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const preamble = [...issuingPreamble, ...root.children.filter((node) => !node.numbering && node.kind === 'paragraph').map((node) => node.text)];
  const bodyText = allText(root);
  const { kind, title, subject, rawSubject } = readTitle(regions, reviewed, { preamble, bodyText }, data, log);

  const headerIssuer = reviewed?.issuer ?? issuerOfHeader(regions.header, header.roles, [...preamble, bodyText], data);
  // A Politburo resolution or a Government decision belongs to no province, whatever places it names.
  const national = headerIssuer !== null && data.nationalIssuer.test(headerIssuer);
  const province = national ? null : findProvince(header.place, rawSubject, [rawSubject, ...preamble, bodyText].join(' '), data);
  if (!province && !national) log.warn('Unexpected document without a province, expected a place line or `tỉnh <name>`', 1, 'extract:province');

  const issuer = headerIssuer ?? findIssuer(preamble, [...regions.closing, ...(regions.issuing?.closing ?? [])], province, data.agencyHead);
  if (!issuer) log.info('No issuer found in the preamble or signature block', 1, 'extract:issuer');

  const relations = withReviewed(
    readRelations({
      title: rawSubject,
      opening: preamble,
      // A decision's articles (`Điều 2. Bãi bỏ Quyết định số …`), whether it issues the plan or is the document.
      articles: [...(regions.issuing?.body ?? []).map((block) => block.text), ...root.children.filter(isArticle).map(nodeText)],
      body: bodyText,
    }),
    reviewed,
  );
  const planTitle = squeezed(regions.titleLines.join(' '));
  const issues = regions.issuing && regions.kind ? { kind: regions.kind.name, subject: recaseTitle(planTitle, [...preamble, bodyText], data.provinces) } : null;
  // A copy taken from a legal portal: the portal's card fills what the copy leaves blank.
  const card = regions.portal?.card ?? null;
  return {
    kind,
    title,
    subject,
    // Reviewed facts first, then the header, then the portal's card.
    number: (reviewed?.number ?? header.number) ?? card?.number ?? null,
    symbol: reviewed?.number ? reviewed.number.replace(NUMBER_BEFORE_SYMBOL, '') : header.symbol,
    date: (reviewed?.date ?? header.date) ?? (card?.date ? isoOfDate(card.date) : null),
    dateRaw: reviewed?.dateRaw ?? header.dateRaw,
    province,
    locality: issuer ? readLocality(issuer, data.provinces) : null,
    provinceId: province ? slugify(province) : null,
    national,
    issuer,
    // What a document replaces, repeals or amends (`Về việc sửa đổi, bổ sung Kế hoạch số 45/KH-UBND`) is no document it carries out.
    implements: findImplemented(rawSubject, preamble, bodyText).filter((number) => !Object.values(relations).some((numbers) => numbers.includes(number))),
    ...relations,
    // A plan issued by a decision is signed in the decision.
    signature: readSignature(regions.closing) ?? readSignature(regions.issuing?.closing ?? []),
    recipients: readRecipients(regions.closing.length > 0 ? regions.closing : (regions.issuing?.closing ?? [])),
    original: reviewed?.original ?? null,
    status: reviewed?.status ?? null,
    issues,
    portal: card,
    headerRoles: header.roles,
  };
}

/** The number line (`Số: 12/KH-UBND`) and the place-date line (`Cao Bằng, ngày 3 tháng 2 năm 2026`) of the header. */
function readHeader(blocks: Block[]) {
  const roles = new Map<Block, 'number' | 'place-date' | 'other'>();
  const header = { roles, number: null as string | null, symbol: null as string | null, date: null as string | null, dateRaw: null as string | null, place: null as string | null };
  for (const block of blocks) {
    const numberLine = DOCUMENT_NUMBER_LINE.exec(block.text);
    const placeDate = PLACE_DATE_LINE.exec(block.text);
    if (numberLine) {
      roles.set(block, 'number');
      const { digits, separator, symbol: written } = numberLine.groups!;
      header.symbol = written ?? null;
      header.number = digits && written ? `${digits}${separator ?? '/'}${written}` : null;
    } else if (placeDate) {
      roles.set(block, 'place-date');
      const { dd, mm, yyyy } = placeDate.groups!;
      const [day, month, year] = yyyy ? [dd, mm, yyyy] : [placeDate.groups!.day, placeDate.groups!.month, placeDate.groups!.year];
      header.place = placeDate.groups!.place!.trim();
      header.dateRaw = oneSpaced(placeDate.groups!.date!);
      header.date = [year, month?.padStart(2, '0'), month ? day?.padStart(2, '0') : undefined].filter(Boolean).join('-');
    } else roles.set(block, 'other');
  }
  return header;
}

/** The kind (`Kế hoạch`), the subject (`Thực hiện Nghị quyết …`, recased) and the title both make. */
function readTitle(
  regions: Regions,
  reviewed: ReviewedFacts | null,
  { preamble, bodyText }: { preamble: string[]; bodyText: string },
  data: ReferenceData,
  log: MessageLog,
) {
  // A decision that issues a plan is the document: its kind and title, and what it issues.
  const issuing = regions.issuing;
  const kind = reviewed?.kind ?? issuing?.kind.name ?? regions.kind?.name ?? 'Văn bản';
  // Without a kind line the first paragraph is the best title there is (it stays in the body too).
  const ownTitle = issuing ? issuing.titleLines.join(' ') : regions.kind ? regions.titleLines.join(' ') : untitledSubject(regions);
  const rawSubject = squeezed(reviewed?.subject ?? ownTitle);
  const subject = recaseTitle(rawSubject, [...preamble, bodyText], data.provinces);
  if (!rawSubject) log.warn('Unexpected document without a title, expected title lines under the kind line', 1, 'extract:title');
  const titled = Boolean(regions.kind ?? reviewed?.subject);
  const title = !titled ? subject || kind : subject ? `${kind} ${subjectAfterKind(subject, bodyText)}` : kind;
  return { kind, title, subject, rawSubject };
}

/** `19/11/2025` → `2025-11-19`. */
function isoOfDate(written: string): string | null {
  const date = SLASHED_DATE.exec(written.trim());
  return date ? `${date.groups!.year}-${date.groups!.month!.padStart(2, '0')}-${date.groups!.day!.padStart(2, '0')}` : null;
}

/** The opening words of a document that has no kind line, cut at a word. */
function untitledSubject(regions: Regions): string {
  const first = regions.body.find((block) => block.kind === 'paragraph' || block.kind === 'heading')?.text ?? '';
  if (first.length <= UNTITLED_SUBJECT_LENGTH) return first;
  return `${first.slice(0, first.lastIndexOf(' ', UNTITLED_SUBJECT_LENGTH))}…`;
}

const UNTITLED_SUBJECT_LENGTH = 160;

function allText(root: OutlineNode): string {
  const parts: string[] = [];
  const visit = (node: OutlineNode) => {
    parts.push(node.text);
    node.children.forEach(visit);
  };
  visit(root);
  return parts.join(' ');
}

/** The place line names the province; else the title does; else the province the text names most. */
function findProvince(place: string | null, title: string, text: string, data: ReferenceData): string | null {
  const namesOf = (province: Province) => [province.name, ...province.aliases];
  const mentions = (source: string, province: Province) =>
    namesOf(province).reduce((count, name) => count + source.split(name).length - 1, 0);
  const byPlace = data.provinces.find((province) => place !== null && namesOf(province).includes(place));
  const byTitle = data.provinces.find((province) => mentions(title, province) > 0);
  if (byPlace ?? byTitle) return (byPlace ?? byTitle)!.name;
  const counted = data.provinces
    .map((province) => ({ name: province.name, count: mentions(text, province) }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  return counted[0]?.name ?? null;
}

/**
 * The issuing body printed at the head of the document, over two lines or
 * one: `ỦY BAN NHÂN DÂN` / `TỈNH ĐẮK LẮK`. Under a parent body
 * (`UBND TỈNH CAO BẰNG` / `SỞ GIÁO DỤC VÀ ĐÀO TẠO`) the lower one issues.
 */
function issuerOfHeader(
  header: Block[],
  roles: Map<Block, 'number' | 'place-date' | 'other'>,
  bodyTexts: string[],
  data: ReferenceData,
): string | null {
  let issuer: string | null = null;
  for (const block of header) {
    // A parent body and the lower one in blocks of their own (a Word header table's cells): the lower one issues.
    if (issuer && (roles.get(block) !== 'other' || NATIONAL_MOTTO.test(block.text))) return issuer;
    if (roles.get(block) !== 'other' || NATIONAL_MOTTO.test(block.text)) continue;
    // Lines wrap anywhere (`ỦY BAN NHÂN` / `DÂN`): a line opens a new body only when the one before is whole.
    const bodies: string[][] = [];
    for (const line of block.lines) {
      const current = bodies.at(-1);
      const opensBody = data.agencyHead.test(recaseName(line, [], data.provinces));
      if (current && !(opensBody && data.agencyHead.test(recaseName(current.join(' '), [], data.provinces)))) current.push(line);
      else bodies.push([line]);
    }
    if (bodies.length === 0) continue;
    const body = recaseName(bodies.at(-1)!.join(' '), bodyTexts, data.provinces);
    if (data.agencyHead.test(body)) issuer = body;
    else if (issuer) return issuer;
  }
  return issuer;
}

/** `…, Ban Thường vụ Tỉnh ủy ban hành Chương trình…` in the preamble, else `TM. <body>` in the signature. */
function findIssuer(preamble: string[], closing: Block[], province: string | null, agencyHead: RegExp): string | null {
  for (const paragraph of preamble) {
    const issuers = [...paragraph.matchAll(ISSUING_CLAUSE)]
      .map((clause) => clause.groups!.issuer!.replace(PARENTHETICAL_ABBREVIATION, '').trim())
      .filter((issuer) => agencyHead.test(issuer));
    if (issuers.length > 0) return withProvince(issuers.at(-1)!, province);
  }
  for (const block of closing) {
    const capacity = SIGNATURE_CAPACITY.exec(block.lines[0] ?? '');
    if (capacity && ON_BEHALF.test(capacity.groups!.mode!)) {
      const body = block.lines[0]!.slice(capacity.groups!.mode!.length).trim();
      const cased = body.charAt(0) + body.slice(1).toLowerCase();
      return withProvince(cased, province);
    }
  }
  return null;
}

/** `Ủy ban nhân dân tỉnh` → `Ủy ban nhân dân tỉnh Cao Bằng`; `Ban Thường vụ Tỉnh ủy` → `… Tỉnh ủy Lâm Đồng`. */
function withProvince(issuer: string, province: string | null): string {
  if (!province || issuer.includes(province)) return issuer;
  return PROVINCIAL_BODY_END.test(issuer) ? `${issuer} ${province}` : issuer;
}

/**
 * The documents a plan carries out or rests on: the first number cited in its
 * title, then every number its opening `Thực hiện …` / `Căn cứ …` /
 * `Triển khai …` paragraphs cite, those of a decision that issues it
 * included, as the labelling guide counts them (a number cut by a line wrap,
 * `10- CTr/TU`, closed up; not one that only the title of a cited document names). A title printed in capitals writes `06/QĐ-TTG`:
 * the body's `06/QĐ-TTg` wins.
 */
function findImplemented(title: string, preamble: string[], bodyText: string): string[] {
  const found: string[] = [];
  const cited = [...preamble, bodyText].flatMap((paragraph) => closeUp(paragraph).match(DOCUMENT_NUMBER) ?? []);
  const add = (number: string | undefined) => {
    const written = number && (cited.find((other) => other.toUpperCase() === number.toUpperCase()) ?? number);
    if (written && !found.includes(written)) found.push(written);
  };
  add(title.match(DOCUMENT_NUMBER)?.[0]);
  for (const opening of preamble.filter((paragraph) => IMPLEMENTING_OPENING.test(paragraph))) {
    for (const clause of closeUp(opening).split(IMPLEMENTED_CLAUSE_BREAK)) {
      const numbers = [...clause.matchAll(DOCUMENT_NUMBER)];
      numbers.forEach((number, index) => {
        // `… 1529/QĐ-UBND … về phê duyệt kế hoạch hành động thực hiện Quyết định số 339/QĐ-TTg`: 339 is what 1529 carries out.
        const inTitle = index > 0 && CITED_TITLE_START.test(clause.slice(numbers[0]!.index, number.index));
        if (!(inTitle && CARRIED_OUT_BEFORE.test(clause.slice(0, number.index)))) add(number[0]);
      });
    }
  }
  return found;
}

const closeUp = (text: string) => text.replace(BROKEN_NUMBER, '$1$2');

function readSignature(closing: Block[]): Signature | null {
  // `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`, or the head signing in person: `CHỦ TỊCH` / `Nguyễn Văn Nam`.
  let start = closing.findIndex((block) => SIGNATURE_CAPACITY.test(block.lines[0] ?? ''));
  if (start === -1) start = closing.findIndex((block) => block.kind === 'paragraph' && CAPACITY_TITLE.test(block.lines[0] ?? '') && !RECIPIENTS_LABEL.test(block.lines[0] ?? ''));
  if (start === -1) return null;
  const capacity: string[] = [];
  let name: string | null = null;
  for (const block of closing.slice(start)) {
    for (const line of block.lines) {
      if (SIGNED_MARK.test(line)) continue;
      if (capacity.length > 0 && PERSON_NAME.test(line) && !CAPACITY_TITLE.test(line)) name = line;
      else if (!name) capacity.push(line);
    }
  }
  const mode = SIGNATURE_CAPACITY.exec(capacity[0] ?? '')?.groups!.mode ?? null;
  return { capacity, mode, name };
}

function readRecipients(closing: Block[]): string[] {
  const label = closing.findIndex((block) => RECIPIENTS_LABEL.test(block.lines[0] ?? ''));
  if (label === -1) return [];
  const recipients: string[] = [];
  for (const block of closing.slice(label + 1)) {
    if (SIGNATURE_CAPACITY.test(block.lines[0] ?? '')) break;
    if (block.kind === 'item') recipients.push(block.text.replace(ITEM_END, '').trim());
  }
  return recipients;
}

const isArticle = (node: OutlineNode) => node.numbering?.style === 'article';

/** Relations read from the text, and those a reviewer declared where the text is silent. */
function withReviewed(read: Relations, reviewed: ReviewedFacts | null): Relations {
  const union = (own: string[], declared: string[] = []) => [...new Set([...own, ...declared])];
  return { replaces: union(read.replaces, reviewed?.replaces), repeals: union(read.repeals, reviewed?.repeals), amends: union(read.amends, reviewed?.amends) };
}
