/** A connection's allowance of client frames: two numbers, refilled lazily when a frame arrives. */
export interface TokenBucket {
  tokens: number;
  refilledAt: number;
}

export interface BucketLimits {
  perSecond: number;
  burst: number;
}

/** Takes one token if there is one; `now` in milliseconds. */
export function takeToken(bucket: TokenBucket, limits: BucketLimits, now: number): boolean {
  const elapsed = Math.max(0, now - bucket.refilledAt);
  bucket.tokens = Math.min(limits.burst, bucket.tokens + (elapsed * limits.perSecond) / 1000);
  bucket.refilledAt = now;
  if (bucket.tokens < 1) {
    return false;
  }
  bucket.tokens -= 1;
  return true;
}
