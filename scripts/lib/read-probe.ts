/** Reads one file as the ingest does, in a process of its own, and prints what it cost: the time, the peak memory, the messages. */
import { readFileSync } from 'node:fs';
import { readPlanFile } from '../../src/ingest/read/read-file.ts';
import { MessageLog } from '../../src/ingest/messages.ts';
const path = process.argv[2]!;
const started = performance.now();
const log = new MessageLog(path);
const text = readPlanFile(path, readFileSync(path), log);
console.log(JSON.stringify({ read: text !== null, ms: Math.round(performance.now() - started), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), messages: log.messages.map((m) => `${m.source}:${m.ruleId} ${m.reason}`) }));
