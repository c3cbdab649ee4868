import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadReferenceData, type ReferenceData } from './reference-data.ts';
import { Timer } from './timer.ts';
import { MessageLog, type Message } from './messages.ts';
import { parseDocument, type ParsedDocument } from './stages/parse-document.ts';
import { assembleContent } from './stages/assemble-content.ts';
import type { Content } from '../schema/index.ts';
import { emitContent } from './stages/emit-content.ts';
import type { ParseCache } from './parse-cache.ts';

export interface IngestOptions {
  /** Folder of seed texts. */
  seedsDir: string;
  /** Folder to write content to (replaced whole, or left untouched on failure). */
  outDir: string;
  /** Folder of reviewed data files. */
  dataDir?: string;
  /** Paths in messages are relative to this folder. */
  projectDir: string;
  /** Fail the whole run when any document fails, instead of publishing the others. */
  strict?: boolean;
  /** Parse results kept between runs: a file already parsed, unchanged, is not parsed again. */
  cache?: ParseCache;
}

export interface IngestResult {
  content: Content | null;
  messages: Message[];
  /** True when content/ was written (no fatal message, or only in documents left out). */
  written: boolean;
  /** Seed paths of documents left out of content/ for a fatal message of their own. */
  leftOut: string[];
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
      const bytes = readFileSync(join(options.seedsDir, name));
      const cached = options.cache && timer.time('cache', () => options.cache!.get(path, bytes));
      if (cached) return cached;
      const parsed = parseDocument(path, bytes, data, timer);
      if (options.cache && 'root' in parsed) timer.time('cache', () => options.cache!.set(path, bytes, parsed));
      return parsed;
    } catch (error) {
      // A bug of ours must not pass for a verdict on the file: say so, with where it broke.
      const log = new MessageLog(path);
      log.fatal(`Unexpected internal error while reading this file: ${(error as Error).message}`, 1, 'ingest:internal');
      return { log };
    }
  });
  const parsed = results.filter((result): result is ParsedDocument => 'root' in result);
  let kept = parsed;
  let content = assemble(kept, data, timer);
  // One document's problem does not keep the others from being published, unless the run is strict.
  if (!options.strict && kept.some((document) => document.log.hasFatal)) {
    kept = parsed.filter((document) => !document.log.hasFatal);
    content = assemble(kept, data, timer);
  }
  const messages = results.flatMap((result) => result.log.messages);
  const leftOut = results.filter((result) => !kept.includes(result as ParsedDocument)).map((result) => result.log.file);
  const failed = options.strict ? messages.some((message) => message.severity === 'fatal') : kept.some((document) => document.log.hasFatal);
  const written = content !== null && !failed;
  if (written) timer.time('emit', () => emitContent(content!, options.outDir));
  return { content, messages, written, leftOut, timings: timer.totals };
}

/** Assemble the documents, dropping what an earlier attempt on the same documents logged while assembling. */
function assemble(parsed: ParsedDocument[], data: ReferenceData, timer: Timer): Content | null {
  if (parsed.length === 0) return null;
  for (const document of parsed) document.log.rewind(document.parsedMessages);
  return assembleContent(parsed, data, timer);
}
