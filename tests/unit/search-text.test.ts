import { describe, expect, it } from 'vitest';
import { containsWords, foldDForIndex, foldForMatch, highlightRanges, normaliseQuery, searchSteps, synonymExpansion, wordPairs } from '../../src/lib/search-text.ts';
import synonyms from '../../data/search-synonyms.json';

const marked = (text: string, query: string) => highlightRanges(text, query, synonyms).map(([from, to]) => text.slice(from, to));

describe('search text', () => {
  it('stores đ as d, and reads queries the same way', () => {
    expect(foldDForIndex('Đào tạo, đường')).toBe('Dào tạo, dường');
    expect(normaliseQuery('  đào   tạo ')).toBe('dào tạo');
  });

  it('folds one character for one character, so positions carry over', () => {
    const text = 'Sở Giáo dục và Đào tạo';
    expect(foldForMatch(text)).toBe('so giao duc va dao tao');
    expect(foldForMatch(text)).toHaveLength(text.length);
  });

  it('appends every other name of what a record mentions, once', () => {
    expect(synonymExpansion('Sở GDĐT; UBND các xã', synonyms)).toBe('giao duc va dao tao ; uy ban nhan dan');
    expect(synonymExpansion('Sở Giáo dục và Đào tạo', synonyms)).toBe('gddt');
    // A query drops punctuation as Pagefind does (`gd&dt` is searched as `gddt`): one of the two is enough.
    expect(synonymExpansion('Sở GD&ĐT', synonyms)).toBe('gddt ; giao duc va dao tao');
    expect(synonymExpansion('các tổ chức chính trị - xã hội', synonyms)).toBe('ctxh ; chinh tri xa hoi');
  });

  it('finds an empty phrase nowhere (it once looped for ever on a text ending in a letter)', () => {
    expect(containsWords('so tai chinh', '')).toBe(false);
    expect(containsWords('so tai chinh', 'tai')).toBe(true);
  });

  it('highlights what was typed without diacritics, and synonyms of it', () => {
    expect(marked('Phát triển trường nội trú tại các xã', 'truong noi tru')).toEqual(['trường nội trú']);
    expect(marked('Sở Giáo dục và Đào tạo chủ trì', 'gddt')).toEqual(['Giáo dục và Đào tạo']);
    expect(marked('Các CSGD và cơ sở giáo dục', 'csgd')).toEqual(['CSGD', 'cơ sở giáo dục']);
    expect(marked('đẩy mạnh số hóa, sở tài chính', 'so tai chinh')).toEqual(['sở tài chính']);
  });

  it('highlights whole words only: the last word typed is not a prefix of a longer one (issue 13.7)', () => {
    expect(marked('Trung ương và trường nội trú', 'truong noi tru')).toEqual(['trường nội trú']);
    expect(marked('Trung ương', 'tru')).toEqual([]);
    expect(marked('Kế hoạch 43-KH/TU', '43')).toEqual(['43']);
  });

  it('marks the phrase alone where it stands whole, its words apart only where it does not (issue 33.5)', () => {
    expect(marked('Học sinh nội trú ở trường nội trú của xã; trường học', 'truong noi tru')).toEqual(['trường nội trú']);
    expect(marked('Trường học có học sinh nội trú', 'truong noi tru')).toEqual(['Trường', 'nội', 'trú']);
  });

  it('searches neighbouring words as pairs first, never across punctuation, then the words alone (issue 12)', () => {
    expect(wordPairs('Sở Tài chính; UBND các xã, phường')).toEqual(['sotai', 'taichinh', 'ubndcac', 'cacxa']);
    expect(searchSteps('so tai chinh')).toEqual(['sotai taichinh', 'so tai chinh']);
    expect(searchSteps('Đào tạo')).toEqual(['daotao', 'Dào tạo']);
    expect(searchSteps('43-KH/TU')).toEqual(['43-KH/TU']);
    expect(searchSteps('gddt')).toEqual(['gddt']);
  });
});
