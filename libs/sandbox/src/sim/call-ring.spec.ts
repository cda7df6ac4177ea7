import { CallRing, maxInWindow, minGapMs } from './call-ring';

describe('CallRing', () => {
  it('keeps the last calls in order and counts all of them', () => {
    const ring = new CallRing(3);
    expect(ring.timestamps()).toEqual([]);
    expect(ring.last).toBeNull();
    [10, 20, 35, 50].forEach((t) => ring.record(t));
    expect(ring.count).toBe(4);
    expect(ring.timestamps()).toEqual([20, 35, 50]);
    expect(ring.last).toBe(50);
  });

  it('finds the smallest gap and the busiest window', () => {
    const times = [0, 100, 150, 1000, 1001, 1002];
    expect(minGapMs(times)).toBe(1);
    expect(maxInWindow(times, 60)).toBe(3);
    expect(maxInWindow(times, 2000)).toBe(6);
    expect(minGapMs([5])).toBeNull();
  });
});
