import { SlidingWindowLimiter } from './sliding-window.limiter';

/**
 * What a connection's owner reports of its rate budget, so that the next owner does not assume a
 * fresh one (stored durably, since the lease that names the owner expires with it).
 */
export interface BudgetReport {
  /** When the report was written. */
  reportedAt: number;
  /** The owner promises to start no call after this time (its lease's local deadline). */
  stopBy: number;
  /** No call on the connection before this (a 429's Retry-After). */
  pausedUntil: number;
  /** Calls of the last window, as [second since epoch, count] pairs. */
  calls: Array<[number, number]>;
}

/** The limiter's recent calls, counted per second. */
export function reportCalls(limiter: SlidingWindowLimiter, now: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const at of limiter.callsSince(now - limiter.windowMs)) {
    const second = Math.floor(at / 1000);
    const last = out[out.length - 1];
    if (last?.[0] === second) {
      last[1]++;
    } else {
      out.push([second, 1]);
    }
  }
  return out;
}

/**
 * A limiter for the new owner that assumes the worst the report allows: each reported call at the
 * end of its second, and the unreported tail (reportedAt, stopBy] spent to the full limit at
 * stopBy, the latest the previous owner may have called.
 */
export function seedLimiter(limit: number, windowMs: number, report: BudgetReport | null): SlidingWindowLimiter {
  const limiter = new SlidingWindowLimiter(limit, windowMs);
  if (report === null) {
    return limiter;
  }
  let latest = -Infinity;
  for (const [second, count] of report.calls) {
    latest = Math.max(latest, second * 1000 + 999);
    for (let i = 0; i < count; i++) {
      limiter.record(latest);
    }
  }
  if (report.stopBy > report.reportedAt) {
    const tailAt = Math.max(latest, report.stopBy);
    const room = limit - limiter.callsSince(tailAt - windowMs).length;
    for (let i = 0; i < room; i++) {
      limiter.record(tailAt);
    }
  }
  return limiter;
}

export function isBudgetReport(value: unknown): value is BudgetReport {
  const report = value as Partial<BudgetReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    typeof report.reportedAt === 'number' &&
    typeof report.stopBy === 'number' &&
    typeof report.pausedUntil === 'number' &&
    Array.isArray(report.calls)
  );
}
