import { CallRing } from './call-ring';

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
    const ring = new CallRing(10);
    [0, 100, 150, 1000, 1001, 1002].forEach((t) => ring.record(t));
    expect(ring.minGapMs()).toBe(1);
    expect(ring.maxInWindow(60)).toBe(3);
    expect(ring.maxInWindow(2000)).toBe(6);
    expect(new CallRing(2).minGapMs()).toBeNull();
  });
});
