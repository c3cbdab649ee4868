import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/pipeline.ts';
import { validateRecords } from '../../src/ingest/assemble/validate-records.ts';
import { formatMessage } from '../../src/ingest/messages.ts';
import { referenceData } from '../helpers/ingest-text.ts';

const unpublished = { ...referenceData, idLock: {}, targetLock: {}, versions: {} };

/** Two small plans in the shape of seed 001; only the second names the Sở Tài chính and cites Nghị quyết số 281/NQ-CP. */
const plan = (province: string, number: string, task: string) => `Số: ${number}/KH-UBND

${province}, ngày 10 tháng 02 năm 2026

## KẾ HOẠCH

**Thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị**

### I. NHIỆM VỤ

${task}
`;
const FIRST = plan('Cao Bằng', '12', '1. Sở Giáo dục và Đào tạo chủ trì rà soát mạng lưới trường học.');
const SECOND = plan('Bắc Kạn', '34', '1. Rà soát mạng lưới trường học.\n\n2. Sở Tài chính chủ trì bố trí kinh phí theo Nghị quyết số 281/NQ-CP ngày 15/9/2025 của Chính phủ.');

function ingested() {
  const seeds = [
    { path: 'seeds/a.txt', load: () => new TextEncoder().encode(FIRST) },
    { path: 'seeds/b.txt', load: () => new TextEncoder().encode(SECOND) },
  ];
  const result = ingest(seeds, unpublished, { strict: true });
  expect(result.messages.filter((message) => message.severity === 'fatal')).toEqual([]);
  return { content: result.content!, parsed: result.parsed };
}

const fatal = (parsed: ReturnType<typeof ingested>['parsed']) =>
  parsed.flatMap((document) => document.log.messages).filter((message) => message.severity === 'fatal').map(formatMessage);

describe('validateRecords', () => {
  it('accepts what the ingest builds', () => {
    const { content, parsed } = ingested();
    validateRecords(content, parsed);
    expect(fatal(parsed)).toEqual([]);
  });

  it('reports a bad task at its own file and line', () => {
    const { content, parsed } = ingested();
    const task = content.tasks.find((record) => record.document === content.documents[1]!.facts.id && record.text.startsWith('Sở Tài chính'))!;
    (task as { position: unknown }).position = 'second';
    validateRecords(content, parsed);
    expect(fatal(parsed)).toEqual([expect.stringMatching(/^seeds\/b\.txt:13:1: error: Unexpected tasks record i-2: `position` .*\(validate:schema\)$/u)]);
  });

  it('reports a bad agency where it is first named, and a bad cited document where it is cited', () => {
    const { content, parsed } = ingested();
    const agency = content.agencies.find((record) => record.name === 'Sở Tài chính')!;
    (agency as { id: string }).id = 'Sở Tài chính';
    const reference = content.references.find((record) => record.number === '281/NQ-CP')!;
    (reference as { citedBy: unknown }).citedBy = 'b';
    validateRecords(content, parsed);
    expect(fatal(parsed)).toEqual([
      expect.stringMatching(/^seeds\/b\.txt:13:1: error: Unexpected agencies record .*`id`/u),
      expect.stringMatching(/^seeds\/b\.txt:13:1: error: Unexpected references record 281-nq-cp: `citedBy`/u),
    ]);
  });
});
