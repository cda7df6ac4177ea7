/** The contract's window: no connection gets more than its limit in any 60 seconds (CONTRACT §3). */
export const RATE_WINDOW_MS = 60_000;

/**
 * An exact sliding-window rate limiter: a ring of the last `limit` call times. A call is allowed
 * at `t` iff the call `limit` calls ago was at or before `t - windowMs`, so no window of
 * `windowMs` ever holds more than `limit` calls. O(1) per call, no allocation after construction.
 */
export class SlidingWindowLimiter {
  private readonly times: Float64Array;
  /** Slot of the oldest remembered call, which the next call overwrites. */
  private next = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number = RATE_WINDOW_MS,
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    }
    this.times = new Float64Array(limit).fill(-Infinity);
  }

  canCall(now: number): boolean {
    return this.times[this.next] <= now - this.windowMs;
  }

  /** Takes a slot if one is free at `now`; the caller then makes exactly one call. */
  tryAcquire(now: number): boolean {
    if (!this.canCall(now)) {
      return false;
    }
    this.record(now);
    return true;
  }

  /** Counts a call at `at` whether or not it was allowed (a call another instance made, say). */
  record(at: number): void {
    this.times[this.next] = at;
    this.next = (this.next + 1) % this.limit;
  }

  /** The earliest time a call will be allowed, given no other calls in between. */
  nextAllowedAt(): number {
    return this.times[this.next] + this.windowMs;
  }

  /** Times of the remembered calls after `since`, oldest first. */
  callsSince(since: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.limit; i++) {
      const at = this.times[(this.next + i) % this.limit];
      if (at > since) {
        out.push(at);
      }
    }
    return out;
  }
}
