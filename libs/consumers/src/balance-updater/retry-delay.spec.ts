import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('doubles from the minimum with each delivery, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((count) => retryDelayMs(count, 1000, 30_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('stays finite however often an event was delivered', () => {
    expect(retryDelayMs(1_000_000, 1000, 60_000)).toBe(60_000);
  });
});
