import { SPACE } from '../patterns/text.ts';

/**
 * Tables a PDF draws: the rules (thin filled rectangles or stroked lines, as
 * Word and browsers draw cell borders) read from a page's operator list, the
 * grids they form, and the text pieces that fall in each cell. A cell whose
 * border is missing on one side spans into its neighbour (merged cells): its
 * text belongs to the cell it started in, and the covered cells stay empty,
 * as a Word table's merged cells do.
 */

/** A text piece: where it starts, its baseline, where it ends, its height. */
export interface Piece {
  x: number;
  y: number;
  end: number;
  text: string;
  height: number;
  /** Set in a bold face. */
  bold?: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A horizontal rule at `at` from `from` to `to` (x), or a vertical one at `at` (x) from `from` to `to` (y). */
interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Grid {
  /** Where the grid starts from the page's left. */
  left: number;
  /** The rows, top to bottom, each with its cells' text left to right. */
  rows: Array<{ top: number; cells: string[] }>;
  /** The pieces read into the grid: no longer the page's lines. */
  read: Set<Piece>;
}

/** A rule is at most this thick, in points. */
const THIN = 3;
/** Rules closer than this (points) meet, and lines this close are one boundary. */
const TOUCH = 2;

type Matrix = [number, number, number, number, number, number];

/** The operator codes a page's list uses (pdf.js's `OPS`). */
export interface Operators {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  constructPath: number;
  endPath: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/**
 * What a page draws, in page space (points from the bottom left), from
 * pdf.js's operator list: the thin boxes it paints (rules) and the areas it
 * clips drawing to.
 */
export function paintedShapes(list: { fnArray: number[]; argsArray: unknown[] }, ops: Operators): { rules: Box[]; clips: Box[] } {
  const rules: Box[] = [];
  const clips: Box[] = [];
  const stack: Array<{ ctm: Matrix; width: number }> = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index] as unknown[];
    if (fn === ops.save) stack.push({ ctm, width: lineWidth });
    else if (fn === ops.restore) ({ ctm, width: lineWidth } = stack.pop() ?? { ctm, width: lineWidth });
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.setLineWidth) lineWidth = Number(args[0]) || 0;
    else if (fn === ops.constructPath) {
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) return;
      // A path ended without painting is a clip (pdf.js lists `W n` as clip, then the path).
      if (args[0] === ops.endPath) {
        clips.push(...subpathBoxes(data).map((box) => onPage(box, ctm, 0)));
        return;
      }
      const strokes = [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke].includes(args[0] as number);
      // A stroked line is as thick as the pen; a filled rectangle is its own size.
      const pen = strokes ? (lineWidth * Math.hypot(ctm[0], ctm[1])) / 2 : 0;
      // A stroked outline (`x y w h re S`, a cell's border drawn as a rectangle) draws each of its sides: each side may be a rule.
      for (const box of strokes ? straightSegments(data) : subpathBoxes(data)) {
        const page = onPage(box, ctm, pen);
        const thin = Math.min(page.x1 - page.x0, page.y1 - page.y0);
        const long = Math.max(page.x1 - page.x0, page.y1 - page.y0);
        if (thin <= THIN && long > THIN) rules.push(page);
      }
    }
  });
  return { rules, clips };
}

function onPage(box: Box, ctm: Matrix, pen: number): Box {
  const corners = [apply(ctm, box.x0, box.y0), apply(ctm, box.x1, box.y0), apply(ctm, box.x0, box.y1), apply(ctm, box.x1, box.y1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { x0: Math.min(...xs) - pen, y0: Math.min(...ys) - pen, x1: Math.max(...xs) + pen, y1: Math.max(...ys) + pen };
}

/** Whether a piece can be seen: no clip, or its baseline's start inside one of the areas the page clips to. */
export function visible(piece: Piece, clips: Box[]): boolean {
  return clips.length === 0 || clips.some((clip) => piece.x >= clip.x0 - piece.height && piece.x <= clip.x1 && piece.y >= clip.y0 - piece.height / 2 && piece.y <= clip.y1 + piece.height);
}

/** pdf.js path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6), 3 quadraticCurveTo (4), 4 closePath. Curved subpaths draw no rule. */
function subpathBoxes(data: ArrayLike<number>): Box[] {
  const boxes: Box[] = [];
  let current: (Box & { curved: boolean }) | null = null;
  const close = () => {
    if (current && !current.curved) boxes.push(current);
    current = null;
  };
  for (let at = 0; at < data.length; ) {
    const op = data[at]!;
    if (op === 0 || op === 1) {
      const x = data[at + 1]!;
      const y = data[at + 2]!;
      if (op === 0) close();
      if (!current) current = { x0: x, y0: y, x1: x, y1: y, curved: false };
      else Object.assign(current, { x0: Math.min(current.x0, x), y0: Math.min(current.y0, y), x1: Math.max(current.x1, x), y1: Math.max(current.y1, y) });
      at += 3;
    } else if (op === 2 || op === 3) {
      if (current) current.curved = true;
      at += op === 2 ? 7 : 5;
    } else at += 1;
  }
  close();
  return boxes;
}

/** The straight segments of pdf.js path data, each as the box it spans; curves and what they join are left out. */
function straightSegments(data: ArrayLike<number>): Box[] {
  const segments: Box[] = [];
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  const segment = (to: [number, number]) => {
    if (at) segments.push({ x0: Math.min(at[0], to[0]), y0: Math.min(at[1], to[1]), x1: Math.max(at[0], to[0]), y1: Math.max(at[1], to[1]) });
    at = to;
  };
  for (let index = 0; index < data.length; ) {
    const op = data[index]!;
    if (op === 0) {
      start = at = [data[index + 1]!, data[index + 2]!];
      index += 3;
    } else if (op === 1) {
      segment([data[index + 1]!, data[index + 2]!]);
      index += 3;
    } else if (op === 2 || op === 3) {
      at = op === 2 ? [data[index + 5]!, data[index + 6]!] : [data[index + 3]!, data[index + 4]!];
      index += op === 2 ? 7 : 5;
    } else {
      if (start) segment(start);
      index += 1;
    }
  }
  return segments;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The grids a page's rules form (rules that meet, with at least two
 * boundaries each way and two columns: a box around one paragraph is no
 * table), each with the text of its cells.
 */
export function gridsOf(boxes: Box[], pieces: Piece[], joinLines: (pieces: Piece[]) => string): Grid[] {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const box of boxes) {
    if (box.x1 - box.x0 >= box.y1 - box.y0) horizontal.push({ at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
    else vertical.push({ at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
  }
  return connected(horizontal, vertical)
    .map(({ horizontal: h, vertical: v }) => readGrid(h, v, pieces, joinLines))
    .filter((grid): grid is Grid => grid !== null);
}

/** The rules in groups that meet: each group one table. */
function connected(horizontal: Rule[], vertical: Rule[]): Array<{ horizontal: Rule[]; vertical: Rule[] }> {
  const rules = [...horizontal.map((rule) => ({ rule, across: true })), ...vertical.map((rule) => ({ rule, across: false }))];
  const parent = rules.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  const meet = (a: { rule: Rule; across: boolean }, b: { rule: Rule; across: boolean }) =>
    a.across === b.across
      ? Math.abs(a.rule.at - b.rule.at) <= TOUCH && a.rule.from <= b.rule.to + TOUCH && b.rule.from <= a.rule.to + TOUCH
      : b.rule.at >= a.rule.from - TOUCH && b.rule.at <= a.rule.to + TOUCH && a.rule.at >= b.rule.from - TOUCH && a.rule.at <= b.rule.to + TOUCH;
  // Sorted by where each rule starts, so a rule is only compared with those that could reach it.
  const order = rules.map((_, index) => index).sort((a, b) => start(rules[a]!) - start(rules[b]!));
  for (let i = 0; i < order.length; i++) {
    const a = rules[order[i]!]!;
    for (let j = i + 1; j < order.length && start(rules[order[j]!]!) <= end(a) + TOUCH; j++) {
      if (meet(a, rules[order[j]!]!)) parent[root(order[i]!)] = root(order[j]!);
    }
  }
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  rules.forEach(({ rule, across }, index) => {
    const group = groups.get(root(index)) ?? { horizontal: [], vertical: [] };
    (across ? group.horizontal : group.vertical).push(rule);
    groups.set(root(index), group);
  });
  return [...groups.values()];
}

/** Where a rule starts and ends along x: a horizontal rule's span, a vertical rule's position. */
function start({ rule, across }: { rule: Rule; across: boolean }): number {
  return across ? rule.from : rule.at;
}
function end({ rule, across }: { rule: Rule; across: boolean }): number {
  return across ? rule.to : rule.at;
}

function readGrid(horizontal: Rule[], vertical: Rule[], pieces: Piece[], joinLines: (pieces: Piece[]) => string): Grid | null {
  // A row cut by the page's end has no rule under it (nor a row going on at the top of the next page above it): the columns' rules end it.
  const columnEnds = [Math.min(...vertical.map((rule) => rule.from)), Math.max(...vertical.map((rule) => rule.to))];
  const tops = boundaries([...horizontal.map((rule) => rule.at), ...columnEnds]).reverse();
  const lefts = boundaries(vertical.map((rule) => rule.at));
  if (tops.length < 2 || lefts.length < 3) return null;
  const covered = (rules: Rule[], at: number, along: number) => rules.some((rule) => Math.abs(rule.at - at) <= TOUCH && rule.from - TOUCH <= along && along <= rule.to + TOUCH);
  const cells = new Map<string, Piece[]>();
  const read = new Set<Piece>();
  for (const original of pieces) {
   for (const piece of splitAtColumns(original, lefts)) {
    const x = piece.x + 0.5;
    const y = piece.y + piece.height / 3;
    let row = tops.findIndex((top, index) => index + 1 < tops.length && y <= top && y > tops[index + 1]!);
    let column = lefts.findIndex((left, index) => index + 1 < lefts.length && x >= left && x < lefts[index + 1]!);
    if (row < 0 || column < 0) continue;
    const middleX = (lefts[column]! + lefts[column + 1]!) / 2;
    const middleY = (tops[row]! + tops[row + 1]!) / 2;
    // No rule above it in its column: the cell merged down from the row above; none on its left: merged from the left.
    while (row > 0 && !covered(horizontal, tops[row]!, middleX)) row--;
    while (column > 0 && !covered(vertical, lefts[column]!, middleY)) column--;
    const key = `${row}:${column}`;
    cells.set(key, [...(cells.get(key) ?? []), piece]);
    read.add(original);
   }
  }
  const rows = tops.slice(0, -1).map((top, row) => ({
    top,
    cells: lefts.slice(0, -1).map((_, column) => joinLines(cells.get(`${row}:${column}`) ?? []).replaceAll('|', '/')),
  }));
  return { left: lefts[0]!, rows: rows.filter((row) => row.cells.some((cell) => cell !== '')), read };
}

/**
 * A piece the PDF wrote in one run across a column's rule (`TT Nội dung` over
 * two header cells) cut at the space nearest each rule, its parts placed in
 * proportion to their letters.
 */
function splitAtColumns(piece: Piece, lefts: number[]): Piece[] {
  const width = piece.end - piece.x;
  const cuts = lefts.filter((left) => left > piece.x + TOUCH && left < piece.end - TOUCH);
  if (cuts.length === 0 || width <= 0) return [piece];
  const parts: Piece[] = [];
  let from = 0;
  for (const cut of cuts) {
    const at = Math.round(((cut - piece.x) / width) * piece.text.length);
    const spaces = [...piece.text.matchAll(SPACE)].map((match) => match.index).filter((index) => index > from);
    const space = spaces.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
    if (space === undefined) continue;
    parts.push(partOf(piece, from, space));
    from = space + 1;
  }
  parts.push(partOf(piece, from, piece.text.length));
  return parts.filter((part) => part.text.trim() !== '');
}

function partOf(piece: Piece, from: number, to: number): Piece {
  const share = (piece.end - piece.x) / piece.text.length;
  return { ...piece, text: piece.text.slice(from, to), x: piece.x + from * share, end: piece.x + to * share };
}

/** Positions within TOUCH of each other as one, in increasing order. */
function boundaries(positions: number[]): number[] {
  const merged: number[] = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    if (merged.length === 0 || position - merged.at(-1)! > TOUCH) merged.push(position);
  }
  return merged;
}
