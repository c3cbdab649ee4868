/**
 * What a top-level part of a plan is for, read from its heading. The role is
 * inherited by everything under the part.
 */
export type SectionRole = 'purpose' | 'targets' | 'tasks' | 'funding' | 'organization' | 'schedule' | 'content';

/** First match wins; headings are compared without tone marks, lower case. */
export const SECTION_ROLES: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [/to chuc thuc hien|trach nhiem thuc hien|phan cong thuc hien/u, 'organization'],
  [/nhiem vu|giai phap/u, 'tasks'],
  [/muc tieu|chi tieu/u, 'targets'],
  [/muc dich|yeu cau/u, 'purpose'],
  [/kinh phi|nguon von/u, 'funding'],
  [/thoi gian|tien do|lo trinh|ke hoach cu the/u, 'schedule'],
];

/** Roles whose items are tasks. */
export const TASK_ROLES: ReadonlySet<SectionRole> = new Set(['tasks', 'schedule']);
