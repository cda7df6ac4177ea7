const PLAIN = /^-?\d+(\.\d+)?$/;
const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d{1,3})$/;

/**
 * A JSON number's or string's written form as a plain decimal string, by moving the decimal
 * point in the text (`1.5e-3` → `0.0015`), never through a binary float. Plain decimals are
 * returned exactly as written (`100.050000` stays `100.050000`); anything else gives null.
 */
export function plainDecimal(text: string): string | null {
  if (PLAIN.test(text)) {
    return text;
  }
  const match = EXPONENT.exec(text);
  if (!match) {
    return null;
  }
  const [, sign, int, frac = '', exponent] = match;
  return sign + shiftPoint(int + frac, int.length + Number(exponent));
}

function shiftPoint(digits: string, point: number): string {
  if (point <= 0) {
    return `0.${'0'.repeat(-point)}${digits}`;
  }
  if (point >= digits.length) {
    return stripLeadingZeros(digits + '0'.repeat(point - digits.length));
  }
  return `${stripLeadingZeros(digits.slice(0, point))}.${digits.slice(point)}`;
}

function stripLeadingZeros(int: string): string {
  return int.replace(/^0+(?=\d)/, '');
}
