import { plainDecimal } from './decimal';

describe('plainDecimal', () => {
  it.each(['100.050000', '100.00', '0.05', '-3', '0', '100'])('keeps %s exactly as written', (text) => {
    expect(plainDecimal(text)).toBe(text);
  });

  it.each([
    ['1e2', '100'],
    ['1E+2', '100'],
    ['1.5e-3', '0.0015'],
    ['-2.50e1', '-25.0'],
    ['12.345e1', '123.45'],
    ['0.1e1', '1'],
  ])('moves the point of %s without floats: %s', (text, expected) => {
    expect(plainDecimal(text)).toBe(expected);
  });

  it.each(['', '1,000.00', '.5', '+1', 'NaN', 'abc', '1e', '1e9999'])('rejects %p', (text) => {
    expect(plainDecimal(text)).toBeNull();
  });
});
