import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { romanNumeral } from '../../../src/lib/roman-numeral.ts';
import { findFlattenedTables } from '../../../src/ingest/parse/lift-flattened-tables.ts';

/**
 * A text plan as its drafting office would have it in Word: each paragraph a
 * Word paragraph, headings and bold runs in bold, and its numbers and bullets
 * (`I.`, `1.`, `a)`, `-`, `+`) as Word numbering (numbering.xml), not typed,
 * wherever Word's counting gives the number the text has (a number that skips
 * or repeats stays typed, as a drafter would have to type it); a table
 * (cells between tabs, or a web copy's flattened table) a Word table, with
 * its lines drawn unless it only lays out the header or the signature.
 */
export async function textToDocx(text: string): Promise<Uint8Array> {
  const counters = [0, 0, 0];
  const paragraphs = text
    .split(/\n{2,}/u)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^-{3,}$/u.test(block))
    .map((block) => {
      if (block.split('\n').every((line) => line.includes('\t'))) return tableOf(block.split('\n').map((line) => line.split('\t')), true);
      const [flattened] = /^\|\s*$/u.test(block.split('\n')[0]!) ? findFlattenedTables(block) : [];
      if (flattened) return tableOf(flattened.rows.map((row) => row.cells), !flattened.layout);
      const heading = /^#{1,6}\s+/u.test(block);
      const lines = block.replace(/^#{1,6}\s+/u, '').split('\n');
      // A web copy's number alone on its line (`**1.` / `Giai đoạn …**`) is one line in Word.
      if (lines.length > 1 && /^(?:\*\*)?(?:[IVX]+|\d+)\.$/u.test(lines[0]!)) lines.splice(0, 2, `${lines[0]} ${lines[1]}`);
      const numbered = numberingOf(lines[0]!, counters);
      if (numbered) lines[0] = numbered.rest;
      const centred = /^KẾ HOẠCH|^QUYẾT ĐỊNH|^CHƯƠNG TRÌNH|^NGHỊ QUYẾT/u.test(lines[0]!.replace(/\*/gu, ''));
      return new Paragraph({
        ...(numbered ? { numbering: { reference: 'outline', level: numbered.level } } : {}),
        ...(centred ? { alignment: AlignmentType.CENTER } : {}),
        children: lines.flatMap((line, index) => runsOf(line, heading, index > 0)),
      });
    });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
            { level: 3, format: LevelFormat.BULLET, text: '-' },
            { level: 4, format: LevelFormat.BULLET, text: '+' },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Rows of cells as a Word table, its lines drawn or not; a cell one paragraph, its lines on line breaks. */
function tableOf(rows: string[][], ruled: boolean): Table {
  const width = Math.max(...rows.map((cells) => cells.length));
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    ...(ruled ? {} : { borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } }),
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: Array.from(
            { length: width },
            (_, index) =>
              new TableCell({
                children: [new Paragraph({ children: (cells[index] ?? '').split('\n').flatMap((line, at) => runsOf(line, false, at > 0)) })],
              }),
          ),
        }),
    ),
  });
}

/** The Word list level of a line's marker, if Word's count would print the marker the line has. */
function numberingOf(line: string, counters: number[]): { level: number; rest: string } | null {
  const bare = line.replace(/^\*\*/u, '');
  const bold = bare !== line ? '**' : '';
  const marker = /^(?:(?<roman>[IVX]+)\.|(?<number>\d+)\.|(?<letter>[a-zđ])\)|(?<bullet>[-+]))\s+/u.exec(bare);
  if (!marker) return null;
  const { roman, number, letter, bullet } = marker.groups!;
  const rest = `${bold}${bare.slice(marker[0].length)}`;
  if (bullet) return { level: bullet === '-' ? 3 : 4, rest };
  const level = roman ? 0 : number ? 1 : 2;
  const next = counters[level]! + 1;
  const printed = roman ? romanNumeral(next) : number ? String(next) : String.fromCharCode(96 + next);
  if (printed !== (roman ?? number ?? letter)) return null;
  counters[level] = next;
  for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  return { level, rest };
}

/** `**bold** rest`: runs, bold where the text says, all bold in a heading; a line after the first starts on a line break. */
function runsOf(line: string, heading: boolean, breakBefore: boolean): TextRun[] {
  return line
    .split('**')
    .map((part, index) => ({ part, bold: heading || index % 2 === 1 }))
    .filter(({ part }) => part !== '')
    .map(({ part, bold }, index) => new TextRun({ text: part, bold, ...(breakBefore && index === 0 ? { break: 1 } : {}) }));
}
