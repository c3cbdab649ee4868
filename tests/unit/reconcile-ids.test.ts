import { describe, expect, it } from 'vitest';
import { MessageLog, formatMessage } from '../../src/ingest/messages.ts';
import { parseDocument } from '../../src/ingest/pipeline.ts';
import { reconcileIds } from '../../src/ingest/assemble/reconcile-ids.ts';
import { Timer } from '../../src/ingest/timer.ts';
import type { OutlineNode } from '../../src/ingest/model/outline.ts';
import { referenceData } from '../helpers/ingest-text.ts';

const plan = (...bullets: string[]) =>
  ['KẾ HOẠCH', '', 'Thực hiện Nghị quyết số 71-NQ/TW', '', 'I. NHIỆM VỤ', '', ...bullets.flatMap((bullet) => [`- ${bullet}`, ''])].join('\n');

/** The outline of a text, and the ids and words it shows. */
function outline(text: string): OutlineNode {
  const parsed = parseDocument('seeds/x.txt', new TextEncoder().encode(text), referenceData, new Timer());
  if (!('root' in parsed)) throw new Error('not parsed');
  return parsed.root;
}
const shown = (root: OutlineNode) => root.children.flatMap((part) => [part, ...part.children]).map((node) => `${node.id} ${node.text}`);

const published = outline(plan('Rà soát mạng lưới trường học.', 'Bổ sung biên chế giáo viên.', 'Xây dựng trường chuẩn quốc gia.'));
const lock = published.children.flatMap((part) => [part, ...part.children]).map((node) => ({ id: node.id, text: node.text }));

describe('reconcileIds', () => {
  it('keeps every published id on its words when a bullet is inserted before them and another reworded', () => {
    const root = outline(plan('Rà soát mạng lưới trường học.', 'Sáp nhập các trường nhỏ lẻ.', 'Bổ sung biên chế giáo viên mầm non.', 'Xây dựng trường chuẩn quốc gia.'));
    const result = reconcileIds([root], lock, [], new MessageLog('seeds/x.txt'));
    expect(shown(root)).toEqual([
      'i NHIỆM VỤ',
      'i-y1 Rà soát mạng lưới trường học.',
      'i-y1a Sáp nhập các trường nhỏ lẻ.',
      'i-y2 Bổ sung biên chế giáo viên mầm non.',
      'i-y3 Xây dựng trường chuẩn quốc gia.',
    ]);
    expect(result.amended.get('i-y2')).toEqual(['Bổ sung biên chế giáo viên.']);
    expect(result.removed).toEqual([]);
  });

  it('keeps a removed bullet as a tombstone in its section, and never gives its id to another', () => {
    const root = outline(plan('Rà soát mạng lưới trường học.', 'Xây dựng trường chuẩn quốc gia.', 'Đầu tư thiết bị dạy học số.'));
    const result = reconcileIds([root], lock, [], new MessageLog('seeds/x.txt'));
    expect(shown(root)).toEqual(['i NHIỆM VỤ', 'i-y1 Rà soát mạng lưới trường học.', 'i-y3 Xây dựng trường chuẩn quốc gia.', 'i-y3a Đầu tư thiết bị dạy học số.']);
    expect(result.removed).toEqual([{ id: 'i-y2', text: 'Bổ sung biên chế giáo viên.', section: 'i' }]);
  });

  it('stops with file:line and the command that records a decision when two items read alike', () => {
    const root = outline(plan('Rà soát mạng lưới trường học.', 'Xây dựng trường chuẩn quốc gia.', 'Bổ sung biên chế giáo viên các cấp.', 'Bổ sung biên chế giáo viên cấp học.'));
    const log = new MessageLog('seeds/x.txt');
    reconcileIds([root], [...lock.slice(0, 2), lock[3]!, lock[2]!], [], log);
    expect(log.messages.map(formatMessage)).toEqual([
      'seeds/x.txt:11:1: error: Unexpected two items that read alike for published `i-y2` (lines 11 and 13), expected one; record which keeps it: npm run decide-id -- <document> i-y2 <line> (reconcile:ambiguous)',
    ]);
  });

  it('gives the published id to the item a recorded decision names, and says when a decision names no item', () => {
    const items = ['Rà soát mạng lưới trường học.', 'Xây dựng trường chuẩn quốc gia.', 'Bổ sung biên chế giáo viên các cấp.', 'Bổ sung biên chế giáo viên cấp học.'];
    const decided = outline(plan(...items));
    const log = new MessageLog('seeds/x.txt');
    reconcileIds([decided], [...lock.slice(0, 2), lock[3]!, lock[2]!], [{ document: 'x', id: 'i-y2', line: 13 }], log);
    expect(log.messages).toEqual([]);
    expect(shown(decided)).toContain('i-y2 Bổ sung biên chế giáo viên cấp học.');

    const stale = new MessageLog('seeds/x.txt');
    reconcileIds([outline(plan(...items))], [...lock.slice(0, 2), lock[3]!, lock[2]!], [{ document: 'x', id: 'i-y2', line: 12 }, { document: 'x', id: 'i-y9', line: 11 }], stale);
    expect(stale.messages.map(formatMessage)).toEqual([
      'seeds/x.txt:12:1: warning: Unexpected decision in data/id-decisions.json: `i-y2` goes to the item at line 12, but no item starts there; it is not applied (reconcile:decision)',
      'seeds/x.txt:11:1: warning: Unexpected decision in data/id-decisions.json: `i-y9` was never published for this document; it is not applied (reconcile:decision)',
      'seeds/x.txt:11:1: error: Unexpected two items that read alike for published `i-y2` (lines 11 and 13), expected one; record which keeps it: npm run decide-id -- <document> i-y2 <line> (reconcile:ambiguous)',
    ]);
  });

  it('keeps its id on an item whose words did not change wherever it stands, even among items that read nearly alike', () => {
    const alike = (n: number) => `Phấn đấu đến năm 2030 có trên ${50 + n}% trường phổ thông đạt chuẩn quốc gia ở khu vực số ${n}.`;
    const before = outline(plan(alike(1), alike(2), alike(3), alike(4)));
    const published = before.children.flatMap((part) => [part, ...part.children]).map((node) => ({ id: node.id, text: node.text }));
    // The same four, in the reverse order: each nearly reads like the others, only its own words are its own.
    const root = outline(plan(alike(4), alike(3), alike(2), alike(1)));
    const log = new MessageLog('seeds/x.txt');
    reconcileIds([root], published, [], log);
    expect(log.messages.filter((message) => message.severity === 'fatal')).toEqual([]);
    expect(shown(root)).toEqual(['i NHIỆM VỤ', `i-y4 ${alike(4)}`, `i-y3 ${alike(3)}`, `i-y2 ${alike(2)}`, `i-y1 ${alike(1)}`]);
  });
});
