import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from '@swc/core';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

/** Where the rule file of the house's layers is, in the project. */
export const LAYER_RULES = '.dependency-cruiser.cjs';

/** What the layer check found in a project's tree. */
export interface LayerReport {
  /** Each import that breaks a rule: `rule: from → to`. */
  violations: string[];
  modules: number;
  /** The longest chain of imports between the folders of src/ingest (a top-level file counts as its own unit), top first. */
  ingestFloors: string[];
}

/** Cruise src/ and scripts/ of a project with its layer rules (`rulesFile`, the project's own unless given). */
export async function checkLayers(projectDir: string, rulesFile = join(projectDir, LAYER_RULES)): Promise<LayerReport> {
  const options = await extractDepcruiseOptions(rulesFile);
  const cruised = await cruise(['src', 'scripts'], { ...options, baseDir: projectDir });
  const result = cruised.output as ICruiseResult;
  return {
    violations: result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`),
    modules: result.modules.length,
    ingestFloors: longestChain(unitGraph(result, 'src/ingest/')),
  };
}

/** The import graph between the units under `root`: each folder, and each file that stands alone. */
function unitGraph(result: ICruiseResult, root: string): Map<string, Set<string>> {
  const unitOf = (path: string) => path.slice(root.length).split('/')[0]!;
  const graph = new Map<string, Set<string>>();
  for (const module of result.modules) {
    if (!module.source.startsWith(root)) continue;
    const from = unitOf(module.source);
    const arrows = graph.get(from) ?? new Set<string>();
    graph.set(from, arrows);
    for (const dependency of module.dependencies) {
      if (dependency.resolved.startsWith(root) && unitOf(dependency.resolved) !== from) arrows.add(unitOf(dependency.resolved));
    }
  }
  return graph;
}

/** The longest path of a graph without cycles (the rules forbid them), as its units in order. */
function longestChain(graph: Map<string, Set<string>>): string[] {
  const chains = new Map<string, string[]>();
  const chainFrom = (unit: string, visiting: Set<string>): string[] => {
    const known = chains.get(unit);
    if (known) return known;
    if (visiting.has(unit)) return [unit]; // A cycle between folders: the rules report it, floors stop here.
    visiting.add(unit);
    let below: string[] = [];
    for (const next of graph.get(unit) ?? []) {
      const chain = chainFrom(next, visiting);
      if (chain.length > below.length) below = chain;
    }
    visiting.delete(unit);
    const chain = [unit, ...below];
    chains.set(unit, chain);
    return chain;
  };
  let longest: string[] = [];
  for (const unit of [...graph.keys()].sort()) {
    const chain = chainFrom(unit, new Set());
    if (chain.length > longest.length) longest = chain;
  }
  return longest;
}

/**
 * The regular expressions of src/ingest written outside patterns/: each must
 * be a named constant whose comment says it is private to one function
 * (`… private to `readTable``), else it belongs in patterns/. Returns the ones
 * that break the rule (`file:line: literal`), and how many there are in all.
 */
export function strayPatterns(projectDir: string): { stray: string[]; outside: number } {
  const root = join(projectDir, 'src/ingest');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.startsWith('patterns/'))
    .map((path) => join(root, path));
  const stray: string[] = [];
  let outside = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const lines = source.split('\n');
    for (const at of regexLiteralOffsets(source)) {
      outside++;
      const line = source.slice(0, at).split('\n').length;
      const named = /^(?:export )?const [A-Z][A-Z0-9_]* = \/$/u.test(lines[line - 1]!.slice(0, at - source.lastIndexOf('\n', at - 1)));
      const comment = lines.slice(0, line - 1).reverse().findIndex((text) => !/^\s*(?:\/\*\*|\*)/u.test(text));
      const said = lines.slice(line - 1 - (comment === -1 ? line - 1 : comment), line - 1).join(' ');
      if (!named || !/private to/u.test(said)) stray.push(`${relative(projectDir, file)}:${line}: ${lines[line - 1]!.trim()}`);
    }
  }
  return { stray, outside };
}

/** Where each regular-expression literal of a TypeScript source starts (string offsets), as swc parses it. */
function regexLiteralOffsets(source: string): number[] {
  const module = parseSync(source, { syntax: 'typescript' });
  const bytes = Buffer.from(source);
  const offsets: number[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as { type?: string; span?: { start: number } };
    // swc counts bytes from 1 at the start of the source (a leading comment included).
    if (record.type === 'RegExpLiteral' && record.span) offsets.push(bytes.subarray(0, record.span.start - 1).toString().length);
    for (const [key, value] of Object.entries(record)) if (key !== 'span') visit(value);
  };
  visit(module);
  if (offsets.some((offset) => source[offset] !== '/')) throw new Error('swc no longer counts spans from the start of each source; regexLiteralOffsets needs another base');
  return offsets;
}
