/**
 * Messages with positions, in the spirit of vfile-message: a stage never
 * throws on bad input, it records a message and goes on. Fatal messages make
 * the ingest exit non-zero and leave content/ untouched.
 */
export type Severity = 'fatal' | 'warning' | 'info';

/** The stage and rule that raise a message: `read:utf16`, `versions:missing`. */
export type Origin = `${string}:${string}`;

export interface Place {
  line: number;
  column: number;
}

export interface Message {
  /** Seed path relative to the project, e.g. `seeds/001_….txt`. */
  file: string;
  place: Place;
  severity: Severity;
  reason: string;
  /** Stage that raised it, e.g. `read`, `extract`. */
  source: string;
  /** Rule id within the stage, e.g. `lead-agency`. */
  ruleId: string;
  /** In a file read out of another format, the place a reader finds there (`¶41`) instead of line and column. */
  where?: string;
}

export class MessageLog {
  readonly messages: Message[] = [];
  readonly file: string;
  /** Set once a Word file is read: the place of each line of its text (`¶41`). */
  places: string[] | null = null;

  constructor(file: string) {
    this.file = file;
  }

  add(severity: Severity, reason: string, place: Place | number, origin: Origin): Message {
    const [source, ruleId] = origin.split(':') as [string, string];
    const at = typeof place === 'number' ? { line: place, column: 1 } : place;
    const where = this.places?.[at.line - 1];
    const message: Message = { file: this.file, place: at, severity, reason, source, ruleId, ...(where ? { where } : {}) };
    this.messages.push(message);
    return message;
  }

  fatal(reason: string, place: Place | number, origin: Origin): Message {
    return this.add('fatal', reason, place, origin);
  }

  warn(reason: string, place: Place | number, origin: Origin): Message {
    return this.add('warning', reason, place, origin);
  }

  info(reason: string, place: Place | number, origin: Origin): Message {
    return this.add('info', reason, place, origin);
  }

  /** Forget the messages logged after the first `count` (a stage run again on the same input). */
  rewind(count: number): void {
    this.messages.splice(count);
  }

  get hasFatal(): boolean {
    return this.messages.some((message) => message.severity === 'fatal');
  }
}

/** `seeds/x.txt:81:1: warning: reason (extract:lead-agency)` */
export function formatMessage(message: Message): string {
  const label = message.severity === 'fatal' ? 'error' : message.severity;
  const place = message.where ?? `${message.place.line}:${message.place.column}`;
  return `${message.file}:${place}: ${label}: ${message.reason} (${message.source}:${message.ruleId})`;
}

/** Line breaks and runs of spaces, one space in a message (private to `quote`: messages stand below the patterns). */
const QUOTED_SPACES = /\s+/gu;

/** Quote source text in a reason, shortened so one message stays on one line. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(QUOTED_SPACES, ' ').trim();
  return '`' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '`';
}
