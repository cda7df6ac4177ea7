import { CanonicalStatus } from '@statushub/contract';

/**
 * When a connection's budget cannot poll every watch at its interval, the schedule stretches by
 * class: `hot` (the provider says in progress, or young) keeps its interval longest, `cold` (old
 * and still pending) stretches most, and every class keeps a positive rate, so no watch starves.
 */
export const PRIORITY_CLASSES = ['hot', 'warm', 'cold'] as const;
export type PriorityClass = 0 | 1 | 2;
const WEIGHTS: readonly number[] = [4, 2, 1];

export interface AgeThresholds {
  youngMs: number;
  oldMs: number;
}

export function priorityClass(status: CanonicalStatus | null, ageMs: number, ages: AgeThresholds): PriorityClass {
  if (status === 'processing' || ageMs < ages.youngMs) {
    return 0;
  }
  return ageMs < ages.oldMs ? 1 : 2;
}

export interface RatePlan {
  /** Poll interval of each class, ≥ the connection's interval. */
  intervalsMs: [number, number, number];
  /** Mean time from a change at the provider to its poll (half the mean interval). */
  expectedLagMs: number;
  /** The budget does not cover every watch at the connection's interval. */
  stretched: boolean;
}

/**
 * Water-filling: each watch of class c gets the rate min(1/interval, λ·weight(c)), with λ chosen
 * so the rates add up to the budget. `callsPerMinute` null means no limit.
 */
export function planIntervals(counts: readonly number[], intervalMs: number, callsPerMinute: number | null): RatePlan {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const budget = callsPerMinute === null ? Infinity : callsPerMinute / 60_000;
  const fullRate = 1 / intervalMs;
  if (total * fullRate <= budget) {
    return plan(counts, [intervalMs, intervalMs, intervalMs], intervalMs, false);
  }
  const capped = [false, false, false];
  let lambda = 0;
  for (;;) {
    const left = budget - counts.reduce((sum, n, c) => sum + (capped[c] ? n * fullRate : 0), 0);
    const weight = counts.reduce((sum, n, c) => sum + (capped[c] ? 0 : n * WEIGHTS[c]), 0);
    lambda = left / weight;
    const over = WEIGHTS.findIndex((w, c) => !capped[c] && counts[c] > 0 && lambda * w > fullRate);
    if (over < 0) {
      break;
    }
    capped[over] = true;
  }
  const intervals = WEIGHTS.map((w) => Math.max(intervalMs, 1 / (lambda * w)));
  return plan(counts, intervals as RatePlan['intervalsMs'], intervalMs, true);
}

function plan(
  counts: readonly number[],
  intervalsMs: RatePlan['intervalsMs'],
  intervalMs: number,
  stretched: boolean,
): RatePlan {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const mean = total === 0 ? intervalMs : counts.reduce((sum, n, c) => sum + n * intervalsMs[c], 0) / total;
  return { intervalsMs, expectedLagMs: mean / 2, stretched };
}
