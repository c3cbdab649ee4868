import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadReferenceData } from './reference-data.ts';
import { Timer } from './timer.ts';
import { MessageLog, type Message } from './messages.ts';
import { parseDocument, type ParsedDocument } from './stages/parse-document.ts';
import { assembleContent, type Content } from './stages/assemble-content.ts';
import { emitContent } from './stages/emit-content.ts';

export interface IngestOptions {
  /** Folder of seed texts. */
  seedsDir: string;
  /** Folder to write content to (replaced whole, or left untouched on failure). */
  outDir: string;
  /** Folder of reviewed data files. */
  dataDir?: string;
  /** Paths in messages are relative to this folder. */
  projectDir: string;
}

export interface IngestResult {
  content: Content | null;
  messages: Message[];
  /** True when no message is fatal and content/ was written. */
  written: boolean;
  /** Milliseconds per stage. */
  timings: Map<string, number>;
}

const SEED_FILE = /\.(?:txt|md)$/u;

/**
 * seeds/*.txt ─read─▶ parse ─▶ segment ─▶ extract ─▶ resolve ─▶ validate ─▶ emit ─▶ content/
 */
export function runIngest(options: IngestOptions): IngestResult {
  const timer = new Timer();
  const data = timer.time('read', () => loadReferenceData(options.dataDir));
  const files = readdirSync(options.seedsDir)
    .filter((name) => SEED_FILE.test(name) && !name.startsWith('.'))
    .sort();
  const results = files.map((name) => {
    const path = relative(options.projectDir, join(options.seedsDir, name));
    try {
      return parseDocument(path, readFileSync(join(options.seedsDir, name)), data, timer);
    } catch (error) {
      // A bug of ours must not pass for a verdict on the file: say so, with where it broke.
      const log = new MessageLog(path);
      log.fatal(`Unexpected internal error while reading this file: ${(error as Error).message}`, 1, 'ingest:internal');
      return { log };
    }
  });
  const parsed = results.filter((result): result is ParsedDocument => 'root' in result);
  const content = parsed.length > 0 ? assembleContent(parsed, data, timer) : null;
  const messages = results.flatMap((result) => result.log.messages);
  const written = content !== null && !messages.some((message) => message.severity === 'fatal');
  if (written) timer.time('emit', () => emitContent(content, options.outDir));
  return { content, messages, written, timings: timer.totals };
}
