import { readSource } from '../../src/ingest/read/read-source.ts';
import { parseBlocks } from '../../src/ingest/parse/parse-blocks.ts';
import { MessageLog } from '../../src/ingest/messages.ts';
import type { Block } from '../../src/ingest/model/outline.ts';

/** A text as the stages after reading see it: its blocks, and the log they report to. */
export function blocksOf(text: string, path = 'seeds/fixture.txt'): { blocks: Block[]; log: MessageLog } {
  const log = new MessageLog(path);
  const source = readSource(path, new TextEncoder().encode(text), log);
  if (!source) throw new Error(`${path}: not readable: ${JSON.stringify(log.messages)}`);
  return { blocks: parseBlocks(source), log };
}
