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
