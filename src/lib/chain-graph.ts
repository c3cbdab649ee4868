import { groupBy } from './group-by.ts';
import type { DocumentFacts, Reference } from '../schema/index.ts';

/** A node of the implementation chain: a cited document or one of ours. */
export interface ChainNode {
  key: string;
  label: string;
  detail: string;
  href: string;
  own: boolean;
  layer: number;
  row: number;
}

export interface ChainEdge {
  from: string;
  to: string;
}

export interface ChainLayout {
  nodes: ChainNode[];
  edges: ChainEdge[];
  layers: number;
  rows: number;
}

/** Boxes per column: a chain of a thousand plans still draws as a figure a reader can take in. */
export const MAX_ROWS = 12;

/**
 * Lay the implementation chain out left to right: a document sits one layer
 * right of the furthest document it implements. Only documents connected to
 * `focus` (or every chain, without a focus) are kept; a column holds at most
 * `maxRows` boxes, the last of a longer one linking to `hrefOf.more`.
 */
export function layoutChain(
  references: Reference[],
  documents: DocumentFacts[],
  hrefOf: { reference: (id: string) => string; document: (id: string) => string; more: string },
  focus?: string,
  maxRows = MAX_ROWS,
): ChainLayout {
  const nodes = new Map<string, Omit<ChainNode, 'layer' | 'row'>>();
  const edges: ChainEdge[] = [];
  for (const reference of references) {
    nodes.set(reference.number, {
      key: reference.number,
      label: reference.number,
      detail: reference.type,
      href: hrefOf.reference(reference.id),
      own: false,
    });
  }
  for (const reference of references) for (const target of reference.implements) if (nodes.has(target)) edges.push({ from: target, to: reference.number });
  for (const document of documents) {
    nodes.set(document.id, {
      key: document.id,
      label: `${document.kind}${document.number ? ` ${document.number}` : document.symbol ? ` …/${document.symbol}` : ''}`,
      detail: document.province ?? '',
      href: hrefOf.document(document.id),
      own: true,
    });
    for (const target of document.implements) if (nodes.has(target)) edges.push({ from: target, to: document.id });
  }
  const connected = focus ? component(focus, edges) : new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const kept = edges.filter((edge) => connected.has(edge.from) && connected.has(edge.to));
  const parentsOf = groupBy(kept, (edge) => edge.to);
  const layer = new Map<string, number>();
  const layerOf = (key: string, seen = new Set<string>()): number => {
    if (layer.has(key)) return layer.get(key)!;
    if (seen.has(key)) return 0;
    seen.add(key);
    const value = Math.max(0, ...(parentsOf.get(key) ?? []).map((edge) => layerOf(edge.from, seen) + 1));
    layer.set(key, value);
    return value;
  };
  const columns = groupBy([...connected].filter((key) => nodes.has(key)).sort(), (key) => String(layerOf(key)));
  const placed: ChainNode[] = [];
  for (const [name, keys] of columns) {
    const column = Number(name);
    // A column of more boxes than fit is cut, its last box saying how many more there are.
    const shown = keys.length > maxRows ? keys.slice(0, maxRows - 1) : keys;
    shown.forEach((key, row) => placed.push({ ...nodes.get(key)!, layer: column, row }));
    if (shown.length < keys.length) {
      placed.push({ key: `+${column}`, label: `+ ${keys.length - shown.length} văn bản khác`, detail: '', href: hrefOf.more, own: true, layer: column, row: shown.length });
    }
  }
  const shown = new Set(placed.map((node) => node.key));
  return {
    nodes: placed,
    edges: kept.filter((edge) => shown.has(edge.from) && shown.has(edge.to)),
    layers: Math.max(0, ...placed.map((node) => node.layer)) + 1,
    rows: Math.max(0, ...placed.map((node) => node.row + 1)),
  };
}

/** Every node linked to `start` through implementation edges, both ways. */
function component(start: string, edges: ChainEdge[]): Set<string> {
  const seen = new Set([start]);
  const parents = groupBy(edges, (edge) => edge.to);
  const children = groupBy(edges, (edge) => edge.from);
  const up = (key: string) => parents.get(key)?.forEach((edge) => !seen.has(edge.from) && (seen.add(edge.from), up(edge.from)));
  const down = (key: string) => children.get(key)?.forEach((edge) => !seen.has(edge.to) && (seen.add(edge.to), down(edge.to)));
  up(start);
  down(start);
  return seen;
}
