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

/**
 * Lay the implementation chain out left to right: a document sits one layer
 * right of the furthest document it implements. Only documents connected to
 * `focus` (or every chain, without a focus) are kept.
 */
export function layoutChain(
  references: Reference[],
  documents: DocumentFacts[],
  hrefOf: { reference: (id: string) => string; document: (id: string) => string },
  focus?: string,
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
  const layer = new Map<string, number>();
  const layerOf = (key: string, seen = new Set<string>()): number => {
    if (layer.has(key)) return layer.get(key)!;
    if (seen.has(key)) return 0;
    seen.add(key);
    const parents = kept.filter((edge) => edge.to === key).map((edge) => layerOf(edge.from, seen) + 1);
    const value = Math.max(0, ...parents);
    layer.set(key, value);
    return value;
  };
  const placed: ChainNode[] = [];
  const rows = new Map<number, number>();
  for (const key of [...connected].sort()) {
    const node = nodes.get(key);
    if (!node) continue;
    const column = layerOf(key);
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    placed.push({ ...node, layer: column, row });
  }
  return {
    nodes: placed,
    edges: kept,
    layers: Math.max(0, ...placed.map((node) => node.layer)) + 1,
    rows: Math.max(0, ...rows.values()),
  };
}

/** Every node linked to `start` through implementation edges, both ways. */
function component(start: string, edges: ChainEdge[]): Set<string> {
  const seen = new Set([start]);
  const up = (key: string) =>
    edges.filter((edge) => edge.to === key).forEach((edge) => !seen.has(edge.from) && (seen.add(edge.from), up(edge.from)));
  const down = (key: string) =>
    edges.filter((edge) => edge.from === key).forEach((edge) => !seen.has(edge.to) && (seen.add(edge.to), down(edge.to)));
  up(start);
  down(start);
  return seen;
}
