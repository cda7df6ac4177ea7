import { BucketLimits, TokenBucket, takeToken } from './token-bucket';

const fullBucket = (limits: BucketLimits, now: number): TokenBucket => ({ tokens: limits.burst, refilledAt: now });

describe('token bucket', () => {
  const limits = { perSecond: 10, burst: 3 };

  it('allows a burst, then refuses until time refills it at the configured rate', () => {
    const bucket = fullBucket(limits, 0);
    expect([1, 2, 3, 4].map(() => takeToken(bucket, limits, 0))).toEqual([true, true, true, false]);
    expect(takeToken(bucket, limits, 50)).toBe(false);
    expect(takeToken(bucket, limits, 100)).toBe(true);
    expect(takeToken(bucket, limits, 100)).toBe(false);
  });

  it('never holds more than the burst however long the connection was quiet', () => {
    const bucket = fullBucket(limits, 0);
    const taken = [1, 2, 3, 4, 5].map(() => takeToken(bucket, limits, 60_000));
    expect(taken).toEqual([true, true, true, false, false]);
  });

  it('ignores a clock that goes back', () => {
    const bucket = fullBucket(limits, 1000);
    expect(takeToken(bucket, limits, 500)).toBe(true);
  });
});
