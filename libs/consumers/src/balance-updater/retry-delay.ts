/**
 * Delay before an event that failed on the database is delivered again: doubling from `minMs`
 * with each delivery, capped at `maxMs`, so a database outage is not hammered yet a short one
 * costs little.
 */
export function retryDelayMs(deliveryCount: number, minMs: number, maxMs: number): number {
  const doublings = Math.min(Math.max(deliveryCount - 1, 0), 30);
  return Math.min(maxMs, minMs * 2 ** doublings);
}
