import { describe, expect, it } from 'vitest';
import { readLocality } from '../../src/ingest/readers/locality.ts';
import { referenceData } from '../helpers/ingest-text.ts';

describe('the city or district of a body below the province (issue 33.4)', () => {
  const locality = (issuer: string) => readLocality(issuer, referenceData.provinces);

  it('names the place of a Thành ủy, Huyện ủy or UBND below the province', () => {
    expect(locality('Ban Thường vụ Thành ủy Bắc Kạn')).toBe('thành phố Bắc Kạn');
    expect(locality('Huyện ủy Bảo Lâm')).toBe('huyện Bảo Lâm');
    expect(locality('Ủy ban nhân dân thị xã Quảng Yên')).toBe('thị xã Quảng Yên');
    expect(locality('Ban Thường vụ Thành ủy')).toBe('thành phố');
  });

  it('reads a centrally-run city’s bodies and every provincial or national one as no locality', () => {
    expect(locality('Ủy ban nhân dân thành phố Cần Thơ')).toBeNull();
    expect(locality('Thành ủy Hồ Chí Minh')).toBeNull();
    expect(locality('Ban Thường vụ Tỉnh ủy Lâm Đồng')).toBeNull();
    expect(locality('Ủy ban nhân dân tỉnh Cao Bằng')).toBeNull();
    expect(locality('Bộ Chính trị')).toBeNull();
  });
});
