/**
 * What a part of a plan is for, read from its heading. The role is inherited
 * by everything under the part, unless a sub-part's own label says otherwise.
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
  | 'schedule'
  | 'background';

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
  // `II. NỘI DUNG THỰC HIỆN`, `III. NỘI DUNG HOẠT ĐỘNG`, `III. NỘI DUNG, HÌNH THỨC`: the activities UBND plans are made of
  // (`NỘI DUNG TUYÊN TRUYỀN`, the content of a message, is not).
  [/^noi dung(?: (?:thuc hien|hoat dong|ke hoach|trong tam|chu yeu|trien khai)|, hinh thuc)|hoat dong|phuong an/u, 'content'],
  [/thoi gian|tien do|lo trinh|ke hoach cu the/u, 'schedule'],
];

/**
 * A sub-part's label that changes what its items are, compared like
 * SECTION_ROLES: `6. Kinh phí thực hiện` under the tasks holds no task,
 * `2. Nội dung thi đua` under `II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA` holds them,
 * `1. Hiện trạng` describes, `7. Phân công trách nhiệm` gives each agency its duties.
 * Only a short label (SUBPART_LABEL_WORDS) reads as one: `6. Bố trí kinh phí,
 * huy động và đầu tư nguồn lực để xây dựng…` is a task group.
 */
export const SUBPART_ROLES: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [/^(?:hien trang|thuc trang|tinh hinh|ket qua (?:dat duoc|thuc hien)|boi canh|su can thiet|can cu (?:xay dung|phap ly))/u, 'background'],
  [/kinh phi|nguon von|du toan/u, 'funding'],
  [/^(?:muc dich|yeu cau|quan diem)/u, 'purpose'],
  [/^(?:muc tieu|chi tieu)/u, 'targets'],
  [/^(?:doi tuong|pham vi)/u, 'scope'],
  [/^(?:to chuc thuc hien|phan cong (?:trach nhiem|thuc hien)|trach nhiem (?:thuc hien|cua cac))/u, 'organization'],
  [/^(?:noi dung|nhiem vu|giai phap|(?:cac )?hoat dong|phuong an (?:to chuc|trien khai|thuc hien)|cac buoc)/u, 'content'],
];

/** Longest sub-part heading, in words, that reads as a label. */
export const SUBPART_LABEL_WORDS = 7;

/** Roles whose items are tasks. */
export const TASK_ROLES: ReadonlySet<SectionRole> = new Set(['tasks', 'content', 'assignment', 'schedule']);

/** Roles whose items are each agency's responsibilities. */
export const RESPONSIBILITY_ROLES: ReadonlySet<SectionRole> = new Set(['organization', 'assignment']);
