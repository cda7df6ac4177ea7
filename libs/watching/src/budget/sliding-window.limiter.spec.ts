import fc from 'fast-check';
import { SlidingWindowLimiter } from './sliding-window.limiter';
import { mostInAnyWindow } from './window.testing';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` calls, then none until the oldest leaves the window', () => {
    const limiter = new SlidingWindowLimiter(3, 1000);
    expect([0, 10, 20].map((t) => limiter.tryAcquire(t))).toEqual([true, true, true]);
    expect(limiter.tryAcquire(999)).toBe(false);
    expect(limiter.nextAllowedAt()).toBe(1000);
    expect(limiter.tryAcquire(1000)).toBe(true);
    expect(limiter.tryAcquire(1009)).toBe(false);
    expect(limiter.tryAcquire(1010)).toBe(true);
  });

  it('reports the calls inside a window, oldest first', () => {
    const limiter = new SlidingWindowLimiter(4, 1000);
    [100, 200, 300].forEach((t) => limiter.record(t));
    expect(limiter.callsSince(150)).toEqual([200, 300]);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new SlidingWindowLimiter(0)).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter(1.5)).toThrow(RangeError);
  });

  it('never lets any window of windowMs hold more than limit calls', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 10, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }),
        (limit, windowMs, gaps) => {
          const limiter = new SlidingWindowLimiter(limit, windowMs);
          const granted: number[] = [];
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            if (limiter.tryAcquire(t)) {
              granted.push(t);
            }
          }
          return mostInAnyWindow(granted, windowMs) <= limit;
        },
      ),
    );
  });

  it('grants a call whenever the window has room (it is exact, not just safe)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }),
        (limit, gaps) => {
          const windowMs = 100;
          const limiter = new SlidingWindowLimiter(limit, windowMs);
          const granted: number[] = [];
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            const inWindow = granted.filter((at) => at > t - windowMs).length;
            expect(limiter.tryAcquire(t)).toBe(inWindow < limit);
            if (inWindow < limit) {
              granted.push(t);
            }
          }
        },
      ),
    );
  });
});
