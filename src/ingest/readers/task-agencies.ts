import type { ReferenceData } from '../reference-data.ts';
import { SUPPORT_PHRASE } from '../patterns/task-lines.ts';
import { readInlineAssignment } from '../rules/inline-assignment.ts';
import { readSupportList } from './agency-list.ts';

export interface TaskAgencies {
  lead: string[];
  support: string[];
}

/**
 * Who a task's own words make responsible when nothing above it says: an
 * assignment inside it (`…, giao Sở Y tế thành lập…`), its subject
 * (`Trung tâm … hỗ trợ…`) or a later sentence (`… Sở X chủ trì…`).
 */
export function readOwnLead(text: string, data: ReferenceData): TaskAgencies | null {
  return readInlineAssignment(text, data.agencyHead, data.collectiveHead);
}

/** `Phối hợp với Sở Khoa học và Công nghệ đề xuất…`, `…, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định…`: who the task is done with. */
export function readSupportPhrase(text: string, data: ReferenceData): string[] {
  const phrase = SUPPORT_PHRASE.exec(text);
  if (!phrase || !data.agencyHead.test(phrase.groups!.agencies!)) return [];
  return readSupportList(phrase.groups!.agencies!, data.agencyHead).agencies;
}
