import fc from 'fast-check';
import { decorrelatedJitter } from './backoff';

describe('decorrelatedJitter', () => {
  it('stays between the base and the cap', () => {
    fc.assert(
      fc.property(
        fc.nat(200_000),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (prev, base, r) => {
          const delay = decorrelatedJitter(prev, base, 60_000, () => r);
          return delay >= Math.min(base, 60_000) && delay <= 60_000;
        },
      ),
    );
  });

  it('grows up to three times the previous delay', () => {
    expect(decorrelatedJitter(0, 5_000, 60_000, () => 0)).toBe(5_000);
    expect(decorrelatedJitter(0, 5_000, 60_000, () => 1)).toBe(15_000);
    expect(decorrelatedJitter(5_000, 5_000, 60_000, () => 1)).toBe(15_000);
    expect(decorrelatedJitter(15_000, 5_000, 60_000, () => 1)).toBe(45_000);
    expect(decorrelatedJitter(45_000, 5_000, 60_000, () => 1)).toBe(60_000);
  });
});
