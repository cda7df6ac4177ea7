import fc from 'fast-check';
import { planIntervals, priorityClass } from './rate-plan';

const ages = { youngMs: 600_000, oldMs: 3_600_000 };

describe('priorityClass', () => {
  it('puts in-progress and young payments first, old pending ones last', () => {
    expect(priorityClass('processing', 10 * ages.oldMs, ages)).toBe(0);
    expect(priorityClass(null, 1_000, ages)).toBe(0);
    expect(priorityClass('pending', ages.youngMs, ages)).toBe(1);
    expect(priorityClass('pending', ages.oldMs, ages)).toBe(2);
  });
});

describe('planIntervals', () => {
  it('keeps the interval when the budget suffices, or when there is no limit', () => {
    expect(planIntervals([10, 10, 10], 5_000, 360)).toEqual({
      intervalsMs: [5_000, 5_000, 5_000],
      expectedLagMs: 2_500,
      stretched: false,
    });
    expect(planIntervals([1e6, 0, 0], 5_000, null).intervalsMs).toEqual([5_000, 5_000, 5_000]);
  });

  it('stretches cold watches before hot ones', () => {
    // 120 calls/min; 5 hot + 20 cold watches at 5 s would need 300: hot keep 60, cold share 60.
    const { intervalsMs, stretched } = planIntervals([5, 0, 20], 5_000, 120);
    expect(stretched).toBe(true);
    expect(intervalsMs[0]).toBe(5_000);
    expect(intervalsMs[2]).toBeCloseTo(20_000, 6);
  });

  it('spends exactly the budget when it must stretch, and keeps every class polled', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(500), fc.nat(500), fc.nat(500)),
        fc.integer({ min: 100, max: 60_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        (counts, interval, perMinute) => {
          const { intervalsMs, expectedLagMs } = planIntervals(counts, interval, perMinute);
          const rate = counts.reduce((sum, n, c) => sum + (n * 60_000) / intervalsMs[c], 0);
          const demand = counts.reduce((sum, n) => sum + (n * 60_000) / interval, 0);
          expect(intervalsMs.every((ms) => ms >= interval && Number.isFinite(ms))).toBe(true);
          expect(intervalsMs[0]).toBeLessThanOrEqual(intervalsMs[1]);
          expect(intervalsMs[1]).toBeLessThanOrEqual(intervalsMs[2]);
          expect(rate).toBeCloseTo(Math.min(demand, perMinute), 6);
          expect(expectedLagMs).toBeGreaterThanOrEqual(interval / 2);
        },
      ),
    );
  });
});
