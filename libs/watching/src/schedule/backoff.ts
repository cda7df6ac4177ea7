/**
 * Decorrelated jitter (AWS architecture blog, "Exponential Backoff And Jitter"): each delay is
 * drawn between `baseMs` and three times the previous one (the first: three times the base), capped. Spreads the retries of many
 * watches that failed together, and grows about as fast as plain doubling.
 */
export function decorrelatedJitter(previousMs: number, baseMs: number, capMs: number, random: () => number): number {
  const upper = Math.max(baseMs, previousMs) * 3;
  return Math.min(capMs, baseMs + random() * (upper - baseMs));
}
