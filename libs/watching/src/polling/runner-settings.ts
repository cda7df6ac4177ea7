import { ProviderConnection } from '@statushub/config';
import { AgeThresholds } from '../budget/rate-plan';
import { WatchRecord } from '../model/watch-record';
import { PollerEnv } from '../poller.env';
import { RetrySettings } from '../schedule/retry-policy';

/** CONTRACT §3: webhook re-reads are limited to one per payment per second. */
export const WEBHOOK_MIN_INTERVAL_MS = 1_000;

export interface RunnerSettings extends RetrySettings {
  maxInFlight: number;
  ages: AgeThresholds;
  planPercent: number;
  expiryGraceMs: number;
  rateSafetyMs: number;
  breaker: { failureThreshold: number; openMs: number; maxOpenMs: number };
}

export function runnerSettings(env: PollerEnv): RunnerSettings {
  return {
    maxInFlight: env.POLLER_MAX_IN_FLIGHT_PER_CONNECTION,
    ages: { youngMs: env.POLLER_YOUNG_WATCH_MS, oldMs: env.POLLER_OLD_WATCH_MS },
    planPercent: env.POLLER_RATE_PLAN_PERCENT,
    expiryGraceMs: env.POLLER_EXPIRY_GRACE_MS,
    rateSafetyMs: env.POLLER_RATE_SAFETY_MS,
    backoffMaxMs: env.POLLER_BACKOFF_MAX_MS,
    longBackoffMs: env.POLLER_LONG_BACKOFF_MS,
    notFoundGraceMs: env.POLLER_NOT_FOUND_GRACE_MS,
    defaultRetryAfterMs: env.POLLER_DEFAULT_RETRY_AFTER_MS,
    breaker: {
      failureThreshold: env.POLLER_BREAKER_FAILURES,
      openMs: env.POLLER_BREAKER_OPEN_MS,
      maxOpenMs: Math.max(env.POLLER_BREAKER_OPEN_MS, env.POLLER_BACKOFF_MAX_MS),
    },
  };
}

/** When polling stops without a terminal state: the connection's maximum, or soon after `expiresAt`. */
export function watchDeadline(record: WatchRecord, connection: ProviderConnection, expiryGraceMs: number): number {
  const max = Date.parse(record.createdAt) + connection.maxWatchHours * 3_600_000;
  return record.expiresAt === null ? max : Math.min(max, Date.parse(record.expiresAt) + expiryGraceMs);
}
