import type { DocumentFacts, Task } from '../schema/index.ts';
import { formatIsoDate } from './format.ts';

/** `Kế hoạch …/KH-UBND (tháng 02/2026) của Ủy ban nhân dân tỉnh Cao Bằng`, as an administrative reference reads. */
export function documentReference(document: DocumentFacts): string {
  const number = document.number ?? (document.symbol ? `…/${document.symbol}` : null);
  const date = document.date ? ` (${formatIsoDate(document.date)})` : '';
  const issuer = document.issuer ? ` của ${document.issuer}` : '';
  return `${document.kind}${number ? ` ${number}` : ''}${date}${issuer}`;
}

/** `Nhiệm vụ 3, mục III.2.4, Kế hoạch …/KH-UBND (tháng 02/2026) của … – <url>` */
export function taskCitation(task: Task, document: DocumentFacts, url: string): string {
  const place = task.path ? `, mục ${task.path}` : '';
  return `Nhiệm vụ ${task.position}${place}, ${documentReference(document)} – ${url}`;
}

/** `Kế hoạch 45/KH-UBND`: kind and number, as a reference in a sentence reads when the context gives the rest. */
export function shortReference(document: DocumentFacts): string {
  const number = document.number ?? (document.symbol ? `…/${document.symbol}` : null);
  return number ? `${document.kind} ${number}` : document.title;
}

/** `bổ sung vào Kế hoạch 45/KH-UBND, mục III.2.4`: where the amendment that holds a task puts it; null for any other task. */
export function additionWording(task: Task, documentById: Map<string, DocumentFacts>): string | null {
  const amended = task.addedTo && documentById.get(task.addedTo.document);
  if (!amended) return null;
  return `bổ sung vào ${shortReference(amended)}${task.addedTo!.place ? `, mục ${task.addedTo!.place}` : ''}`;
}
