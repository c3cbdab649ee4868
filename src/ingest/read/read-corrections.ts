import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { CORRECTION_LISTS, CorrectionsFileSchema, ReviewSchema, type CorrectionList, type z } from '../../schema/index.ts';
import { ReferenceDataError, type ReferenceData } from '../reference-data.ts';
import type { CorrectionsFile } from '../model/corrections.ts';
import { CORRECTIONS_FILE, LINE_RANGE } from '../patterns/corrections.ts';

/** The folder of corrections files under data/. */
export const CORRECTIONS_FOLDER = 'corrections';

/**
 * Every corrections file of data/corrections/, read with positions and
 * validated: a file that is no YAML, or an entry that breaks the schema or
 * names a theme or indicator the taxonomies do not have, stops the run with
 * `data/corrections/<id>.yaml:<line>: what is wrong`. What an entry says of
 * the document (its id, its words) is checked when the document is assembled.
 */
export function readCorrections(data: ReferenceData): CorrectionsFile[] {
  const folder = join(data.dataDir, CORRECTIONS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => {
      const path = `data/${CORRECTIONS_FOLDER}/${name}`;
      const document = CORRECTIONS_FILE.exec(name)?.[1];
      if (!document) throw new ReferenceDataError(`${path}:1: expected a file named after the document it corrects, \`<document-id>.yaml\` (the id its page's address gives)`);
      return readCorrectionsFile(path, document, readFileSync(join(folder, name), 'utf8'), data);
    });
}

/** One file's text → its entries, each with the line it starts on. */
export function readCorrectionsFile(path: string, document: string, text: string, data: Pick<ReferenceData, 'themes' | 'indicators'>): CorrectionsFile {
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  const [error] = yaml.errors;
  if (error) throw new ReferenceDataError(`${path}:${lineAt(error.pos[0])}: not valid YAML: ${error.message.split('\n')[0]}`);
  const fail = (at: Array<string | number>, message: string): never => {
    throw new ReferenceDataError(`${path}:${lineOf(yaml, at, lineAt)}: ${spell(at)}${message}`);
  };
  const top = CorrectionsFileSchema.safeParse(yaml.toJS() ?? {}, { reportInput: true });
  if (!top.success) {
    const issue = top.error.issues[0]!;
    fail(issuePath(issue), issueMessage(issue, ['reviewed', 'tasks', 'responsibilities', 'targets']));
  }
  const file = top.data!;
  const entries = <List extends CorrectionList>(list: List) => {
    const schemas = CORRECTION_LISTS[list];
    const correct: Array<z.infer<(typeof schemas)['correct']> & { line: number; index: number }> = [];
    const add: Array<Omit<z.infer<(typeof schemas)['add']>, 'lines'> & { lines: { from: number; to: number }; line: number; index: number }> = [];
    (file[list] ?? []).forEach((entry, index) => {
      const at = [list, index];
      const adds = typeof entry === 'object' && entry !== null && 'lines' in entry;
      const schema = adds ? schemas.add : schemas.correct;
      const parsed = schema.safeParse(entry, { reportInput: true });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        fail([...at, ...issuePath(issue)], issueMessage(issue, Object.keys(schema.shape)));
      }
      const line = lineOf(yaml, at, lineAt);
      const value = parsed.data as Record<string, unknown>;
      if (typeof value.theme === 'string' && !data.themes.themes.some((theme) => theme.key === value.theme)) {
        fail([...at, 'theme'], `no theme \`${value.theme}\` in data/themes.json, expected one of ${data.themes.themes.map((theme) => theme.key).join(', ')} (or null)`);
      }
      if (typeof value.indicator === 'string' && !data.indicators.some((indicator) => indicator.key === value.indicator)) {
        fail([...at, 'indicator'], `no indicator \`${value.indicator}\` in data/indicators.json`);
      }
      if (adds) {
        const span = lineSpan(value.lines as number | string);
        if (!span) fail([...at, 'lines'], 'expected the first line before the last');
        add.push(Object.assign({}, value, { lines: span!, line, index }) as never);
      } else correct.push(Object.assign({}, value, { line, index }) as never);
    });
    return { correct, add };
  };
  const reviewed = file.reviewed === undefined ? [] : Array.isArray(file.reviewed) ? file.reviewed : [file.reviewed];
  const reviews = reviewed.map((review, index) => {
    const parsed = ReviewSchema.safeParse(review, { reportInput: true });
    const at = Array.isArray(file.reviewed) ? ['reviewed', index] : ['reviewed'];
    if (!parsed.success) fail([...at, ...issuePath(parsed.error.issues[0]!)], issueMessage(parsed.error.issues[0]!, Object.keys(ReviewSchema.shape)));
    return parsed.data!;
  });
  return {
    document,
    path,
    reviews,
    tasks: entries('tasks'),
    responsibilities: entries('responsibilities'),
    targets: entries('targets'),
  } as CorrectionsFile;
}

function lineSpan(lines: number | string): { from: number; to: number } | null {
  if (typeof lines === 'number') return { from: lines, to: lines };
  const [, from, to] = LINE_RANGE.exec(lines)!;
  return Number(from) <= Number(to) ? { from: Number(from), to: Number(to) } : null;
}

/** The line of `at` in the file: a field's key (a key the schema does not know, too); for a field that is missing, the entry that lacks it. */
function lineOf(yaml: Document, at: Array<string | number>, lineAt: (offset: number) => number): number {
  const parent = yaml.getIn(at.slice(0, -1), true);
  const pair = isMap(parent) ? parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === at.at(-1)) : undefined;
  const key = pair?.key as YamlNode | undefined;
  if (key?.range) return lineAt(key.range[0]);
  for (let depth = at.length; depth > 0; depth--) {
    const node = yaml.getIn(at.slice(0, depth), true) as YamlNode | null | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  const top = yaml.contents as YamlNode | null;
  return top?.range ? lineAt(top.range[0]) : 1;
}

/** `tasks[2].lead: ` */
function spell(at: Array<string | number>): string {
  if (at.length === 0) return '';
  return at.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('') + ': ';
}

function issuePath(issue: z.core.$ZodIssue): Array<string | number> {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  // A key the schema does not know is named at its own line.
  return issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
}

/** What is wrong, as an editor reads it: the field a key may be, or what was expected. */
function issueMessage(issue: z.core.$ZodIssue, known: string[]): string {
  if (issue.code === 'unrecognized_keys') return `unexpected field \`${issue.keys[0]}\`, expected one of ${known.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing, expected ${issue.expected === 'array' ? 'a list' : issue.expected}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'fields (`key: value`)' : issue.expected}, not ${describe(issue.input)}`;
  return issue.message;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'string' ? `\`${input}\`` : typeof input;
}
