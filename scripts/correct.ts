/**
 * npm run correct -- <document> <id> [fields]: write one correction of the
 * reader's reading into data/corrections/<document>.yaml, bound to the
 * item's words as the build reads them now. The file is the interface; this
 * saves looking up the words' hash. A task, responsibility or target by id:
 *
 *   --lead "Sở Giáo dục và Đào tạo" (repeat for more)  --support "…"  --timeframe "Quý II/2026"  --theme giao-vien
 *   --clear lead|support|timeframe|theme    --not-a-task (--not-a-responsibility, --not-a-target)
 *   --agency "…" (a responsibility's agencies)    --value 80 --comparator ">=" --unit % --year 2030 --indicator …
 *
 * An item the reader missed, by the lines it starts on (no id):
 *
 *   --add task --lines 120-124 [--lead … --support … --timeframe …]
 *   --add responsibility --lines 130 --agency "…"
 *   --add target --lines 45 --phrase "02 lần/ngày" --comparator "=" --value 2 --unit "lần/ngày"
 *
 * A review: --reviewed-by "Nguyễn Văn A" --checked tasks,leads (today's date).
 * Also --note "…", --seeds DIR, --data DIR.
 */
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { CORRECTION_LISTS, REVIEW_SCOPES, type CorrectionList, type ReviewScope } from '../src/schema/index.ts';
import { ingest, listSeeds } from '../src/ingest/pipeline.ts';
import { loadReferenceData, ReferenceDataError } from '../src/ingest/reference-data.ts';
import { itemsStartingOn, nodesById, wordsOfItems } from '../src/ingest/assemble/correct-reading.ts';
import { wordsHash } from '../src/lib/words-hash.ts';
import { pathOption } from './lib/cli-options.ts';
import { writeCorrection, writeReview } from './lib/corrections-file.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const VALUED = new Set(['--lead', '--support', '--timeframe', '--theme', '--clear', '--agency', '--value', '--comparator', '--unit', '--year', '--indicator', '--add', '--lines', '--phrase', '--note', '--reviewed-by', '--checked', '--seeds', '--data']);
const FLAGS = new Set(['--not-a-task', '--not-a-responsibility', '--not-a-target']);

const stop = (problem: string): never => {
  console.error(`[correct] ${problem}`);
  process.exit(1);
};

const args = process.argv.slice(2);
const given = new Map<string, string[]>();
const positional: string[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (VALUED.has(arg)) {
    if (index + 1 >= args.length) stop(`${arg} takes a value`);
    given.set(arg, [...(given.get(arg) ?? []), args[++index]!]);
  } else if (FLAGS.has(arg)) given.set(arg, []);
  else if (arg.startsWith('--')) stop(`unknown option ${arg}; see the comment at the top of scripts/correct.ts`);
  else positional.push(arg);
}
const one = (name: string) => given.get(name)?.at(-1);
const [document = '', id] = positional;
if (!document || positional.length > 2) stop('usage: npm run correct -- <document> <id> [--lead "…" …], or <document> --add task --lines 120-124, or <document> --reviewed-by "…" --checked tasks');

const dataDir = pathOption('--data', join(projectDir, 'data'));
const seedsDir = pathOption('--seeds', join(projectDir, 'seeds'));

if (given.has('--reviewed-by')) {
  const checked = (one('--checked') ?? 'all').split(',').map((scope) => scope.trim());
  const unknown = checked.filter((scope) => !(REVIEW_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0) stop(`--checked ${unknown.join(',')}: expected some of ${REVIEW_SCOPES.join(', ')}`);
  const review = { by: one('--reviewed-by')!, on: new Date().toISOString().slice(0, 10), checked: checked as ReviewScope[], ...(one('--note') ? { note: one('--note')! } : {}) };
  const path = writeReview(dataDir, document, review);
  console.log(`[correct] recorded the review in ${relative(projectDir, path)}; commit it with the corrections it went with`);
  process.exit(0);
}

// The words of the item as the build reads them now: the documents ingested in memory, nothing written.
let ingested;
try {
  ingested = ingest(listSeeds(seedsDir, projectDir).seeds, loadReferenceData(dataDir));
} catch (error) {
  if (!(error instanceof ReferenceDataError)) throw error;
  stop(error.message);
}
const content = ingested!.content;
const parsed = ingested!.parsed.find((each) => content?.documents.some((entry) => entry.facts.id === document && entry.path === each.source.path));
if (!content || !parsed) stop(`no document ${document} in this build; its id is the first part of its page's address`);

const added = one('--add');
const list = (added ? { task: 'tasks', responsibility: 'responsibilities', target: 'targets' }[added] : listOf(id)) as CorrectionList | undefined;
if (!list) stop(added ? `--add ${added}: expected task, responsibility or target` : `no id given: name the item (${document} <id>) or add one (--add task --lines …)`);

const entry: Record<string, unknown> = {};
if (added) {
  const lines = one('--lines') ?? stop('--add takes --lines, the line (or lines, 120-124) the item starts on in the source file');
  const [from, to = from] = lines.split('-').map((part) => Number(part.trim()));
  const items = itemsStartingOn(nodesById(parsed!), { from: from!, to: to! });
  if (items[0]?.start !== from) stop(`no item of ${parsed!.source.path} starts on line ${from}`);
  if (content![list!].some((record) => record.document === document && record.id === items[0]!.id)) stop(`${items[0]!.id}, on line ${from}, is read already as one of the ${list}: correct it by its id (npm run correct -- ${document} ${items[0]!.id} …)`);
  entry.lines = from === to ? from : `${from}-${to}`;
  entry.words = wordsHash(wordsOfItems(items));
} else {
  entry.id = id;
  entry.words = wordsHash(wordsOf(list!, id!));
}
const text = (name: string, field: string) => given.has(name) && (entry[field] = one(name));
const names = (name: string, field: string) => given.has(name) && (entry[field] = given.get(name));
const number = (name: string, field: string) => given.has(name) && (entry[field] = Number(one(name)));
names('--lead', 'lead');
names('--support', 'support');
names('--agency', 'agencies');
text('--timeframe', 'timeframe');
text('--theme', 'theme');
text('--phrase', 'phrase');
text('--comparator', 'comparator');
text('--unit', 'unit');
text('--indicator', 'indicator');
text('--note', 'note');
number('--value', 'value');
number('--year', 'year');
for (const field of given.get('--clear') ?? []) entry[field] = field === 'lead' || field === 'support' ? [] : null;
for (const flag of FLAGS) if (given.has(flag)) entry[flag.slice(2)] = true;

// The entry is checked as the build will read it: the script never writes what the build would refuse.
const schemas = CORRECTION_LISTS[list!];
const checked = (added ? schemas.add : schemas.correct).safeParse(entry);
if (!checked.success) {
  const issue = checked.error.issues[0]!;
  stop(`${issue.path.join('.') || 'entry'}: ${issue.message}`);
}
const path = writeCorrection(dataDir, document, list!, entry);
console.log(`[correct] wrote ${list} ${added ? `lines ${entry.lines}` : id} into ${relative(projectDir, path)}; rebuild (npm run build) to see it, then commit the file`);

/** Which list an id is in: a task's, a responsibility's or a target's (an agency's block may be a task and a responsibility: the options say which). */
function listOf(item: string | undefined): CorrectionList | undefined {
  if (!item) return undefined;
  const own = (records: Array<{ document: string; id: string }>) => records.some((record) => record.document === document && record.id === item);
  const meant = (['--agency', '--not-a-responsibility'].some((name) => given.has(name)) && 'responsibilities') || (['--value', '--comparator', '--unit', '--year', '--indicator', '--not-a-target'].some((name) => given.has(name)) && 'targets') || 'tasks';
  if (own(content![meant])) return meant;
  const lists = (['tasks', 'responsibilities', 'targets'] as const).filter((name) => own(content![name]));
  if (lists.length > 0) stop(`${item} is read as one of the ${lists.join(' and ')}, not of the ${meant}; give the fields of its list`);
  const node = nodesById(parsed!).get(item);
  return node ? stop(`${item} is not read as a task, responsibility or target; to make it one: --add task --lines ${node.start}`) : stop(`no item ${item} in ${document}`);
}

/** The words a correction of this item is bound to, as the build checks them. */
function wordsOf(inList: CorrectionList, item: string): string {
  // A task or responsibility is bound to its words as read; a target to its sentence.
  return content![inList].find((each) => each.document === document && each.id === item)!.text;
}
