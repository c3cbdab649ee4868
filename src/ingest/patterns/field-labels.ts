/**
 * Labelled lines (`Đơn vị chủ trì: Sở Tài chính.`): the label says which
 * fact of a task the value gives. Labels are compared folded (no tone
 * marks, đ → d, lower case) and whole.
 */

/**
 * What a label names: who leads (`lead`), who directs the leading bodies when
 * no lead is named (`direction`: a Party programme's `Trách nhiệm chỉ đạo
 * thực hiện`), who works with them (`support`), when (`timeframe`), what the
 * task is (`what`), who oversees (`oversight`: a leader, never the lead), or
 * another fact of the task (`detail`: place, product, cost, parameters).
 */
export type FieldKind = 'lead' | 'direction' | 'support' | 'timeframe' | 'what' | 'oversight' | 'detail';

/** Bodies or people a who-label may name before its role. */
const WHO = '(?:co quan|don vi|bo phan|phong|nguoi|ca nhan|can bo|chu the|to)';

/** First match wins: a support label is tried before the looser lead label. */
export const FIELD_LABELS: ReadonlyArray<readonly [RegExp, FieldKind]> = [
  [new RegExp(`^(?:${WHO} )?phoi hop(?: (?:thuc hien|tham muu|trien khai))?$`, 'u'), 'support'],
  [/^(?:trach nhiem|co quan|don vi|cap) chi dao(?: (?:thuc hien|trien khai))?$|^chi dao thuc hien$/u, 'direction'],
  [/^(?:lanh dao|dong chi) (?:phu trach|theo doi|chi dao)$/u, 'oversight'],
  [
    new RegExp(
      `^(?:${WHO} )?(?:\\(?(?:chu tri|dau moi|thuong truc|tham muu|chiu trach nhiem(?: chinh)?|phu trach|thuc hien|trien khai|chinh)\\)? ?){1,4}$|^trach nhiem thuc hien$`,
      'u',
    ),
    'lead',
  ],
  [/^(?:thoi gian|thoi han|tien do|han|moc thoi gian|thoi diem)(?: [\p{L}\d/-]+){0,6}$/u, 'timeframe'],
  [/^(?:noi dung|nhiem vu|hoat dong|cong viec)(?: (?:thuc hien|cu the|chinh|trong tam|chu yeu))?$/u, 'what'],
  [
    /^(?:cac )?(?:san pham|ket qua|kinh phi|nguon (?:kinh phi|von)|du toan|dia diem|dia ban|vi tri|diem|so diem|so luong|thanh phan|doi tuong|hinh thuc|phuong thuc|phuong phap|quy mo|tan suat|thong so|chi so|chi tieu|mau|yeu cau|ghi chu|pham vi|tieu chi|tieu chuan|hinh thuc van ban|cap trinh|van ban)(?:[ ,].*)?$/u,
    'detail',
  ],
];

/** Longest label, in words: a longer run before a colon is a sentence, not a label. */
export const LABEL_MAX_WORDS = 12;

/** `Nội dung: …`, `- Đơn vị chủ trì: …`, `a. Thời gian thực hiện: …`: a label, its colon and the value. */
export const LABELLED_LINE = /^(?<marker>(?:[a-zđ][.)]|[-+•–])\s+)?(?<label>[^:;!?]{1,120}?)\s*:\s*(?<value>.*?)\s*$/u;

/** Where a second field starts on the same line: `…; Đơn vị chủ trì: …`, `… b. Địa điểm: …`. */
export const FIELD_BREAK = /[;.]\s+(?:[a-zđ][.)]\s+)?/gu;

/** A period, phase or round of work as a label: `Giai đoạn khẩn cấp (0-48 giờ)`, `Đợt 2`, `Năm 2026`, `Quý I/2026`. */
export const PHASE_LABEL = /^(?:giai doan|dot|nam \d{4}|quy [ivx\d]+|thang \d|tu (?:ngay|thang|nam) )/u;

/** `Về công tác tuyên truyền`, `Đối với …`: a topic the value's work is about. */
export const TOPIC_LABEL = /^(?:ve|doi voi|trong|tai|o)\s/u;

/** `(Vị trí, địa điểm quan trắc theo phụ lục 01 đính kèm)`: a note on the fields above. */
export const NOTE_LINE = /^\(.*\)\.?$/u;

/** `… (Ban Tuyên giáo … chủ trì, phối hợp với …; hoàn thành trong Quý IV/2025).`: who and when, in brackets closing a task. */
export const CLOSING_BRACKETS = /\((?<inside>[^()]{6,400})\)[\s.;,]*$/u;

/** A deadline written as a clause: `hoàn thành trong Quý IV/2025`, `thời gian: năm 2026`. */
export const DEADLINE_CLAUSE = /^(?:hoàn thành|thực hiện|trong|trước|từ|năm\s+\d{4}|quý|tháng|hằng năm|hàng năm|thường xuyên)/iu;

/** What stands around a field's value and is not part of it: the colon before, the list punctuation after. */
export const VALUE_EDGES = /^[\s:]+|[\s;,]+$/gu;

/** Punctuation closing a field's value. */
export const VALUE_END = /[\s.;,]+$/u;

/** What an agency in a closing bracket does (`… chủ trì, thực hiện`, `tham mưu …`): it leads. */
export const DOING_VERB = /^(?:(?:lãnh đạo|chỉ đạo)\s+)?thực hiện|^(?:lãnh đạo|chỉ đạo|tham mưu)/u;
