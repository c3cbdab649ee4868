import { describe, expect, it } from 'vitest';
import { elements } from '../../scripts/lib/site-pages.ts';
import { visibleText } from '../../scripts/lib/page-text.ts';
import { api, page } from './helpers.ts';

const text = (path: string) => visibleText(page(path).dom.children).replace(/\s+/gu, ' ');

// Issue 33: every figure a cadre reads is right.
describe('figures that say the right thing', () => {
  it('shows 71-NQ/TW’s “không có tỉnh, thành phố đạt dưới 60%” as a floor, never a ceiling (33.2)', () => {
    const floor = api('targets').find((target) => target.document === 'bo-chinh-tri-71-nq-tw' && target.phrase.includes('dưới 60%'))!;
    expect(floor.comparator).toBe('>=');
    expect(text('/chi-tieu/')).not.toMatch(/dưới 60\s?%/u);
  });

  it('counts a duty under an agency’s heading once, as its task, in the summary and in the print list (33.3)', () => {
    const summary = text('/co-quan/cao-bang-so-tai-chinh/');
    expect(summary).toMatch(/Chủ trì 7 nhiệm vụ/u);
    expect(summary).not.toMatch(/trách nhiệm ·|\d+ trách nhiệm/u);
    // Its duty `Căn cứ khả năng cân đối nguồn vốn …` is both: printed once.
    expect(text('/co-quan/cao-bang-so-tai-chinh/in/').match(/Căn cứ khả năng cân đối nguồn vốn/gu)).toHaveLength(1);
    expect(text('/nhiem-vu/cao-bang-kh-ubnd-2026-02/v-2-y2/')).toContain('trách nhiệm của cơ quan chủ trì trong phần tổ chức thực hiện');
  });

  it('says the same number of provinces and agencies on every page, Trung ương not counted a province (33.3)', () => {
    const home = text('/').match(/(\d+) văn bản của (\d+) tỉnh và Trung ương, \d+ nhiệm vụ, (\d+) cơ quan/u);
    const agencies = text('/co-quan/').match(/(\d+) cơ quan của (\d+) tỉnh và Trung ương/u);
    expect(home).not.toBeNull();
    expect(agencies).not.toBeNull();
    expect(home![2]).toBe('3');
    expect(agencies![2]).toBe(home![2]);
    expect(agencies![1]).toBe(home![3]);
  });

  it('names the city whose Thành ủy issued Bắc Kạn’s plan, on its card, in its citation and over its comparison column (33.4)', () => {
    const document = api('documents').find((entry) => entry.id === 'bac-kan-ke-hoach-91-kl-tw')!;
    expect(document.issuer).toBe('Ban Thường vụ Thành ủy Bắc Kạn');
    expect(document.locality).toBe('thành phố Bắc Kạn');
    expect(text('/tinh/bac-kan/')).toContain('Thành ủy Bắc Kạn');
    expect(text('/nhiem-vu/bac-kan-ke-hoach-91-kl-tw/ii-1-y1/')).toMatch(/Kế hoạch .*của Ban Thường vụ Thành ủy Bắc Kạn/u);
    expect(text('/so-sanh/the-che/')).toContain('Bắc Kạn chỉ có văn bản của Ban Thường vụ Thành ủy Bắc Kạn');
  });

  it('offers a calendar only where it holds a day, and says when it would be empty (33.5)', () => {
    // The agency's own calendar (its page also offers those of the collective groups it belongs to).
    const calendarLinks = (id: string) => elements(page(`/co-quan/${id}/`), (element) => element.name === 'a' && (element.attribs.href ?? '').includes(id) && (element.attribs.href ?? '').endsWith('.ics'));
    expect(calendarLinks('cao-bang-so-giao-duc-va-dao-tao')).toHaveLength(1);
    expect(calendarLinks('cao-bang-van-phong-so')).toHaveLength(0);
    expect(text('/co-quan/cao-bang-van-phong-so/')).toContain('không có lịch: chưa nhiệm vụ nào ghi rõ ngày hạn');
  });

  it('writes no “0” into a summary (33.5)', () => {
    expect(text('/co-quan/cao-bang-so-tai-chinh/')).not.toMatch(/ 0 (?:nhiệm vụ|trách nhiệm|chỉ tiêu)/u);
  });
});
