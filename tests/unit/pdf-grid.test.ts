import { describe, expect, it } from 'vitest';
import { getResolvedPDFJS } from 'unpdf';
import { gridsOf, paintedShapes, type Operators, type Piece } from '../../src/ingest/read/pdf-grid.ts';

// pdf.js path data: 0 moveTo x y, 1 lineTo x y, 4 closePath.
const rectangle = (x: number, y: number, width: number, height: number) => [0, x, y, 1, x + width, y, 1, x + width, y + height, 1, x, y + height, 4];
const piece = (text: string, x: number, y: number): Piece => ({ text, x, y, end: x + text.length * 5, height: 10 });
const join = (pieces: Piece[]) => pieces.map((one) => one.text).join(' ');

describe('the rules a PDF page draws', () => {
  it('reads a table whose cells are stroked rectangles (`x y w h re S`) cell by cell, as one whose borders are filled bars', async () => {
    const { OPS } = (await getResolvedPDFJS()) as unknown as { OPS: Operators };
    // Two rows of two cells, each cell's border a stroked rectangle, under a transform that doubles every length.
    const cells = [rectangle(50, 350, 50, 25), rectangle(100, 350, 150, 25), rectangle(50, 325, 50, 25), rectangle(100, 325, 150, 25)];
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.setLineWidth, ...cells.map(() => OPS.constructPath), OPS.restore],
      argsArray: [[], [2, 0, 0, 2, 0, 0], [0.5], ...cells.map((data) => [OPS.stroke, [new Float32Array(data)], null]), []],
    };
    const { rules } = paintedShapes(list, OPS);
    expect(rules.length).toBe(16);
    const pieces = [piece('TT', 110, 710), piece('Nhiệm vụ', 210, 710), piece('1', 110, 660), piece('Rà soát quy định', 210, 660)];
    const grids = gridsOf(rules, pieces, join);
    expect(grids.map((grid) => grid.rows.map((row) => row.cells))).toEqual([
      [
        ['TT', 'Nhiệm vụ'],
        ['1', 'Rà soát quy định'],
      ],
    ]);
  });
});
