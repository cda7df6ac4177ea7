import { PollFailure } from '../model/poll-failure';
import { decorrelatedJitter } from './backoff';

export interface RetrySettings {
  backoffMaxMs: number;
  longBackoffMs: number;
  notFoundGraceMs: number;
  defaultRetryAfterMs: number;
}

export interface Retry {
  /** When to poll this watch again. */
  delayMs: number;
  /** No call on the whole connection for this long (a 429); 0 for none. */
  pauseConnectionMs: number;
}

export interface FailedWatch {
  /** Since the watch was registered. */
  ageMs: number;
  /** The delay chosen after the previous failure in a row, 0 after a success. */
  previousDelayMs: number;
}

/**
 * What a failed poll does to the schedule: outages back off with jitter up to the maximum; a 429
 * pauses the connection for its Retry-After; "not found" is normal just after creation (the
 * provider may not list the payment yet) so it backs off like an outage during the grace, then
 * long; rejected credentials back off long (someone must fix the configuration; the watch goes on).
 */
export function retryAfterFailure(
  failure: PollFailure,
  watch: FailedWatch,
  intervalMs: number,
  settings: RetrySettings,
  random: () => number,
): Retry {
  const backoff = () => decorrelatedJitter(watch.previousDelayMs, intervalMs, settings.backoffMaxMs, random);
  switch (failure.kind) {
    case 'rate_limited': {
      const pause = failure.retryAfterMs ?? settings.defaultRetryAfterMs;
      return { delayMs: Math.max(intervalMs, pause), pauseConnectionMs: pause };
    }
    case 'provider_error':
    case 'timeout':
    case 'malformed':
      return { delayMs: backoff(), pauseConnectionMs: 0 };
    case 'not_found':
      return {
        delayMs: watch.ageMs < settings.notFoundGraceMs ? backoff() : settings.longBackoffMs,
        pauseConnectionMs: 0,
      };
    case 'auth_rejected':
    case 'forbidden':
      return { delayMs: settings.longBackoffMs, pauseConnectionMs: 0 };
  }
}
