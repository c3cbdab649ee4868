import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));

// A newer plan that says it replaces an older one: both stay published, the older marked replaced.
const newer = `|
**ỦY BAN NHÂN DÂN**
THÀNH PHỐ CẦN THƠ
|
Số: 201/KH-UBND
|
*Cần Thơ, ngày 15 tháng 12 năm 2025*
|

**KẾ HOẠCH**

TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU NĂM 2026

Kế hoạch này thay thế Kế hoạch số 159/KH-UBND ngày 19 tháng 11 năm 2025 của Ủy ban nhân dân thành phố.

**I. NHIỆM VỤ**

- Sở Nông nghiệp và Môi trường chủ trì tổ chức truyền thông về giảm nghèo đa chiều.
`;

describe('a plan replaced by a newer one', () => {
  it('keeps both, the newer naming what it replaces and the older what replaced it', () => {
    const work = mkdtempSync(join(tmpdir(), 'kb-replaced-'));
    mkdirSync(join(work, 'seeds'));
    copyFileSync(join(projectDir, 'tests/corpus/01-can-tho-159-kh-ubnd.txt'), join(work, 'seeds/01.txt'));
    writeFileSync(join(work, 'seeds/02.txt'), newer);
    const result = runIngest({ projectDir: work, seedsDir: join(work, 'seeds'), outDir: join(work, 'content'), strict: true });
    const facts = (id: string) => result.content!.documents.find((document) => document.facts.id === id)!.facts;
    expect(facts('can-tho-201-kh-ubnd').replaces).toEqual(['159/KH-UBND']);
    expect(facts('can-tho-159-kh-ubnd').replacedBy).toEqual(['can-tho-201-kh-ubnd']);
    expect(facts('can-tho-201-kh-ubnd').replacedBy).toEqual([]);
  });
});
