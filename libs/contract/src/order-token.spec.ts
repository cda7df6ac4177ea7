import fc from 'fast-check';
import { decodeToken, encodeToken } from './order-token';

const NATS_TOKEN = /^[^\s.*>]+$/;

describe('order token (CONTRACT §2)', () => {
  it.each([
    ['ORDER 1.2', 'ORDER=201=2E2'],
    ['a=b', 'a=3Db'],
    ['order_1759231185333_ghi789', 'order_1759231185333_ghi789'],
    ['é', '=C3=A9'],
    ['a.b*c>d', 'a=2Eb=2Ac=3Ed'],
  ])('encodes %j as %j', (id, token) => {
    expect(encodeToken(id)).toBe(token);
    expect(decodeToken(token)).toBe(id);
  });

  it('round-trips every string of 1–128 characters into a valid NATS subject token', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 128, unit: 'binary' }), (id) => {
        const token = encodeToken(id);
        expect(token).toMatch(NATS_TOKEN);
        expect(token).toMatch(/^[A-Za-z0-9_=-]+$/);
        expect(decodeToken(token)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('never maps two ids to one token', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 32 }), fc.string({ minLength: 1, maxLength: 32 }), (a, b) => {
        fc.pre(a !== b);
        expect(encodeToken(a)).not.toBe(encodeToken(b));
      }),
    );
  });

  it.each(['', 'a.b', 'a=4', 'a=zz', 'a b'])('refuses to decode %j', (token) => {
    expect(() => decodeToken(token)).toThrow('not an encoded token');
  });
});
