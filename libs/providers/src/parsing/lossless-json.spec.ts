import fc from 'fast-check';
import { parseJsonKeepingDecimals } from './lossless-json';

const keys = new Set(['amount_usd', 'amount_crypto']);

describe('parseJsonKeepingDecimals', () => {
  it('keeps the written form of numbers under the given keys', () => {
    const body = parseJsonKeepingDecimals('{"amount_usd": 100.00, "amount_crypto" :0.050, "n": 1.10}', keys);
    expect(body).toEqual({ amount_usd: '100.00', amount_crypto: '0.050', n: 1.1 });
  });

  it('leaves strings that look like keys alone', () => {
    const body = parseJsonKeepingDecimals('{"note":"amount_usd", "x":["amount_usd", 5], "amount_usd":"7.0"}', keys);
    expect(body).toEqual({ note: 'amount_usd', x: ['amount_usd', 5], amount_usd: '7.0' });
  });

  it('handles escaped quotes and escaped key names', () => {
    const body = parseJsonKeepingDecimals('{"a\\"b":"c\\\\", "amount\\u005fusd": 1e2}', keys);
    expect(body).toEqual({ 'a"b': 'c\\', amount_usd: '1e2' });
  });

  it('keeps nested occurrences and negative numbers', () => {
    expect(parseJsonKeepingDecimals('{"p":{"amount_usd":-0.10}}', keys)).toEqual({ p: { amount_usd: '-0.10' } });
  });

  it.each(['{"amount_usd": 1.0', '{"amount_usd": 1..0}', 'not json', '{"amount_usd"'])('still rejects %p', (text) => {
    expect(() => parseJsonKeepingDecimals(text, keys)).toThrow(SyntaxError);
  });

  it('reads a text without a backslash as it reads the same text beside one', () => {
    const scalar = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom('amount_usd', 'amount_usd: 1', '1e2', null),
    );
    const body = fc.object({ key: fc.constantFrom('amount_usd', 'amount_crypto', 'n'), values: [scalar], maxDepth: 3 });
    const space = fc.constantFrom('', ' ', '\t', '\n  ', '\r\n');
    fc.assert(
      fc.property(body, fc.nat(4), space, space, (value, indent, before, after) => {
        // No string starts with a colon, so `":` only ends member names.
        const text = JSON.stringify(value, null, indent).replace(/": ?/g, `"${before}:${after}`);
        const [beside] = parseJsonKeepingDecimals(`[${text}, "\\\\"]`, keys) as unknown[];
        expect(parseJsonKeepingDecimals(text, keys)).toEqual(beside);
      }),
    );
  });

  it('parses like JSON.parse when no number sits under a decimal key', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const plain = JSON.stringify(JSON.parse(text), (key, value: unknown) =>
          keys.has(key) && typeof value === 'number' ? undefined : value,
        );
        expect(parseJsonKeepingDecimals(plain, keys)).toEqual(JSON.parse(plain));
      }),
    );
  });
});
