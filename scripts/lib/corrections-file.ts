import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { CorrectionList, Review } from '../../src/schema/index.ts';
import { CORRECTIONS_FOLDER } from '../../src/ingest/read/read-corrections.ts';

/** What a new corrections file opens with: how to read it, for the editor who opens it next. */
const PREAMBLE = [
  ' Corrections to the reading of one document (README: "Correcting a reading").',
  ' Each entry names an item by its id (the part after # in its address) and the',
  ' words it was written for (`words`, written by `npm run correct`); an item',
  ' the reader missed is named by its source lines instead of an id.',
].join('\n');

/** Where a document's corrections file is. */
export function correctionsPath(dataDir: string, document: string): string {
  return join(dataDir, CORRECTIONS_FOLDER, `${document}.yaml`);
}

/**
 * Write one entry into a document's corrections file, keeping what the file
 * holds (comments, order): an entry for the same item is merged with the
 * new fields (a field given null or [] is cleared as the entry says), else
 * the entry is added at the end of its list.
 */
export function writeCorrection(dataDir: string, document: string, list: CorrectionList, entry: Record<string, unknown>): string {
  const yaml = openFile(dataDir, document);
  if (!isSeq(yaml.get(list))) yaml.set(list, new YAMLSeq());
  const entries = yaml.get(list) as YAMLSeq;
  const key = 'id' in entry ? 'id' : 'lines';
  const same = entries.items.find((item) => isMap(item) && String(item.get(key)) === String(entry[key]));
  if (isMap(same)) for (const [field, value] of Object.entries(entry)) same.set(field, yaml.createNode(value));
  else entries.items.push(yaml.createNode(entry));
  return saveFile(dataDir, document, yaml);
}

/** Add a review record (who, when, what was checked) to a document's corrections file. */
export function writeReview(dataDir: string, document: string, review: Review): string {
  const yaml = openFile(dataDir, document);
  const reviewed = yaml.get('reviewed');
  if (isSeq(reviewed)) reviewed.items.push(yaml.createNode(review));
  else yaml.set('reviewed', isMap(reviewed) ? yaml.createNode([reviewed.toJSON(), review]) : yaml.createNode(review));
  return saveFile(dataDir, document, yaml);
}

function openFile(dataDir: string, document: string): Document {
  const path = correctionsPath(dataDir, document);
  if (existsSync(path)) return parseDocument(readFileSync(path, 'utf8'));
  const yaml = new Document({});
  yaml.commentBefore = PREAMBLE;
  return yaml;
}

function saveFile(dataDir: string, document: string, yaml: Document): string {
  const path = correctionsPath(dataDir, document);
  mkdirSync(join(dataDir, CORRECTIONS_FOLDER), { recursive: true });
  writeFileSync(path, yaml.toString({ lineWidth: 0 }));
  return path;
}
