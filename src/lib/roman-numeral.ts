const NUMERALS: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 4 → `IV`, as a plan numbers its parts. */
export function romanNumeral(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [amount, letters] of NUMERALS) {
    while (rest >= amount) {
      numeral += letters;
      rest -= amount;
    }
  }
  return numeral;
}
