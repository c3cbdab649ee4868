import type { Province } from '../../schema/index.ts';
import { LOCAL_BODY } from '../patterns/document-header.ts';

/** What a Party committee below the province is of: `Thành ủy` a city, `Huyện ủy` a district… */
const PARTY_LEVEL: Record<string, string> = { Thành: 'thành phố', Huyện: 'huyện', Thị: 'thị xã', Quận: 'quận' };

/**
 * The city, district or town of an issuer below the province (`Ban Thường vụ
 * Thành ủy Bắc Kạn` → `thành phố Bắc Kạn`), or null for a provincial or
 * national one. A centrally-run city's Thành ủy (`Thành ủy Cần Thơ`) is
 * provincial (data/provinces.json, `city`).
 */
export function readLocality(issuer: string, provinces: Province[]): string | null {
  const body = LOCAL_BODY.exec(issuer)?.groups;
  if (!body) return null;
  const level = body.council ?? PARTY_LEVEL[body.party!]!;
  const place = body.place?.trim();
  const cityProvince = provinces.find((province) => province.city && [province.name, ...province.aliases].some((name) => place === name || place === `thành phố ${name}`));
  if (level === 'thành phố' && cityProvince) return null;
  return place ? `${level} ${place}` : level;
}
