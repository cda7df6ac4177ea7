import { PollFailureKind } from '../model/poll-failure';
import { retryAfterFailure } from './retry-policy';

const settings = { backoffMaxMs: 60_000, longBackoffMs: 300_000, notFoundGraceMs: 600_000, defaultRetryAfterMs: 5_000 };
const young = { ageMs: 1_000, previousDelayMs: 0 };
const top = () => 1;

function retry(kind: PollFailureKind, watch = young, retryAfterMs: number | null = null) {
  return retryAfterFailure({ kind, retryAfterMs }, watch, 5_000, settings, top);
}

describe('retryAfterFailure', () => {
  it("pauses the connection for a 429's Retry-After, or the default", () => {
    expect(retry('rate_limited', young, 30_000)).toEqual({ delayMs: 30_000, pauseConnectionMs: 30_000 });
    expect(retry('rate_limited', young, 1_000)).toEqual({ delayMs: 5_000, pauseConnectionMs: 1_000 });
    expect(retry('rate_limited')).toEqual({ delayMs: 5_000, pauseConnectionMs: 5_000 });
  });

  it.each(['provider_error', 'timeout', 'malformed'] as const)('backs off exponentially on %s, capped', (kind) => {
    expect(retry(kind, { ageMs: 0, previousDelayMs: 5_000 }).delayMs).toBe(15_000);
    expect(retry(kind, { ageMs: 0, previousDelayMs: 45_000 }).delayMs).toBe(60_000);
    expect(retry(kind).pauseConnectionMs).toBe(0);
  });

  it('retries "not found" with backoff during the grace, then long', () => {
    expect(retry('not_found', { ageMs: 599_999, previousDelayMs: 5_000 }).delayMs).toBe(15_000);
    expect(retry('not_found', { ageMs: 600_000, previousDelayMs: 5_000 }).delayMs).toBe(300_000);
  });

  it.each(['auth_rejected', 'forbidden'] as const)('backs off long on %s', (kind) => {
    expect(retry(kind)).toEqual({ delayMs: 300_000, pauseConnectionMs: 0 });
  });
});
