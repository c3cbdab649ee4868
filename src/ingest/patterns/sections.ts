/**
 * What a top-level part of a plan is for, read from its heading. The role is
 * inherited by everything under the part.
 */
export type SectionRole =
  | 'purpose'
  | 'targets'
  | 'tasks'
  | 'content'
  | 'funding'
  | 'organization'
  | 'assignment'
  | 'scope'
  | 'schedule';

/** First match wins; headings are compared without tone marks, lower case. */
export const SECTION_ROLES: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  // `V. TỔ CHỨC THỰC HIỆN`, `V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN`, `IV. Tổ chức thực hiện.`
  [/to chuc thuc hien|trach nhiem thuc hien|phan cong thuc hien|to chuc theo doi/u, 'organization'],
  // `III. PHÂN CÔNG NHIỆM VỤ`: tasks under the agency that leads them.
  [/phan cong nhiem vu/u, 'assignment'],
  // `II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN`, `IV. KHEN THƯỞNG`: who or what a plan concerns, not what is to be done.
  [/^(?:doi tuong|pham vi|danh gia|khen thuong|so luong|thu tuc|tieu chi|nguyen tac|che do bao cao)/u, 'scope'],
  [/nhiem vu|giai phap/u, 'tasks'],
  [/muc tieu|chi tieu/u, 'targets'],
  [/muc dich|yeu cau|quan diem/u, 'purpose'],
  [/kinh phi|nguon von|du toan/u, 'funding'],
  // `II. NỘI DUNG THỰC HIỆN`, `III. NỘI DUNG HOẠT ĐỘNG`: the activities UBND plans are made of
  // (`NỘI DUNG TUYÊN TRUYỀN`, the content of a message, is not).
  [/^noi dung (?:thuc hien|hoat dong|ke hoach|trong tam|chu yeu|trien khai)|hoat dong|phuong an/u, 'content'],
  [/thoi gian|tien do|lo trinh|ke hoach cu the/u, 'schedule'],
];

/** Roles whose items are tasks. */
export const TASK_ROLES: ReadonlySet<SectionRole> = new Set(['tasks', 'content', 'assignment', 'schedule']);

/** Roles whose items are each agency's responsibilities. */
export const RESPONSIBILITY_ROLES: ReadonlySet<SectionRole> = new Set(['organization', 'assignment']);
