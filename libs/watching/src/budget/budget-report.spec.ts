import fc from 'fast-check';
import { BudgetReport, reportCalls, seedLimiter } from './budget-report';
import { SlidingWindowLimiter } from './sliding-window.limiter';
import { mostInAnyWindow } from './window.testing';

const WINDOW = 60_000;

function report(partial: Partial<BudgetReport>): BudgetReport {
  return { reportedAt: 0, stopBy: 0, pausedUntil: 0, calls: [], ...partial };
}

describe('budget reports', () => {
  it('counts the recent calls per second', () => {
    const limiter = new SlidingWindowLimiter(10, WINDOW);
    [1_000, 1_500, 2_100, 30_000, 30_900].forEach((t) => limiter.record(t));
    expect(reportCalls(limiter, 61_200)).toEqual([
      [1, 1],
      [2, 1],
      [30, 2],
    ]);
  });

  it('gives a fresh budget when nobody reported one', () => {
    expect(seedLimiter(5, WINDOW, null).canCall(0)).toBe(true);
  });

  it('a final report (stopBy = reportedAt) is exact: only the reported calls count', () => {
    const limiter = seedLimiter(3, WINDOW, report({ reportedAt: 10_000, stopBy: 10_000, calls: [[5, 2]] }));
    expect(limiter.tryAcquire(10_000)).toBe(true);
    expect(limiter.canCall(10_001)).toBe(false);
    expect(limiter.nextAllowedAt()).toBe(5_999 + WINDOW);
  });

  it('assumes the unreported tail spent the whole remaining budget at stopBy', () => {
    const limiter = seedLimiter(3, WINDOW, report({ reportedAt: 10_000, stopBy: 15_000, calls: [[5, 1]] }));
    expect(limiter.canCall(20_000)).toBe(false);
    expect(limiter.nextAllowedAt()).toBe(5_999 + WINDOW);
    expect(limiter.tryAcquire(5_999 + WINDOW)).toBe(true);
    expect(limiter.canCall(15_000 + WINDOW - 1)).toBe(false);
    expect(limiter.canCall(15_000 + WINDOW)).toBe(true);
  });

  it('never lets the old and the new owner together exceed the limit in any window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 9_000 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 6_000 }),
        fc.array(fc.integer({ min: 0, max: 9_000 }), { maxLength: 40 }),
        (limit, oldGaps, tail, newGaps) => {
          const old = new SlidingWindowLimiter(limit, WINDOW);
          const calls: number[] = [];
          let t = 0;
          for (const gap of oldGaps) {
            t += gap;
            if (old.tryAcquire(t)) {
              calls.push(t);
            }
          }
          const reportedAt = t;
          const stopBy = reportedAt + tail;
          const seeded = seedLimiter(
            limit,
            WINDOW,
            report({ reportedAt, stopBy, calls: reportCalls(old, reportedAt) }),
          );
          // The old owner spends what it may in the unreported tail, as late as it likes.
          for (let at = reportedAt + 1; at <= stopBy; at += Math.max(1, tail >> 3)) {
            if (old.tryAcquire(at)) {
              calls.push(at);
            }
          }
          t = stopBy;
          for (const gap of newGaps) {
            t += gap;
            if (seeded.tryAcquire(t)) {
              calls.push(t);
            }
          }
          calls.sort((a, b) => a - b);
          return mostInAnyWindow(calls, WINDOW) <= limit;
        },
      ),
    );
  });
});
