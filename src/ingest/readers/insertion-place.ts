import { INSERTED_INTO, LETTER_STEP_LABEL, PLACE_STEP, ROMAN_LABEL } from '../patterns/amendments.ts';

/**
 * The outline path, as tasks carry it (`III.2.4`), of the place of the
 * amended document an instruction changes: `Bổ sung gạch đầu dòng thứ ba
 * vào điểm 2.4 khoản 2 mục III` → `III.2.4`, `Bổ sung điểm 2.5 vào khoản 2
 * mục III` → `III.2`, `Sửa đổi điểm a khoản 3 mục II` → `II.3.a`. Plans name
 * the steps from the narrowest; the path goes from the part. Null when the
 * instruction names no place, or two that do not nest.
 */
export function readInsertionPlace(instruction: string): string | null {
  const where = INSERTED_INTO.exec(instruction)?.groups?.place ?? instruction;
  const labels = [...where.matchAll(PLACE_STEP)].map((step) => step.groups!.label!);
  if (labels.length === 0) return null;
  const part = labels.filter((label) => ROMAN_LABEL.test(label));
  const letter = labels.filter((label) => LETTER_STEP_LABEL.test(label));
  const numbers = labels.filter((label) => !ROMAN_LABEL.test(label) && !LETTER_STEP_LABEL.test(label)).sort((a, b) => a.split('.').length - b.split('.').length);
  if (part.length > 1 || letter.length > 1) return null;
  // `khoản 2`, `điểm 2.4`: the decimal repeats its parent's number, the path writes each number once.
  const steps: string[] = [];
  for (const [index, number] of numbers.entries()) {
    const parent = numbers[index - 1];
    if (parent && !number.startsWith(`${parent}.`)) return null;
    steps.push(parent ? number.slice(parent.length + 1) : number);
  }
  return [...part, ...steps, ...letter].join('.');
}
