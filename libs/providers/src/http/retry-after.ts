const DELAY_SECONDS = /^\d+$/;

/**
 * RFC 9110 §10.2.3: `Retry-After` is either delay-seconds or an HTTP-date. A date in the past
 * means "now" (0); anything unreadable is treated as absent (null), never as a guess.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  const text = value?.trim();
  if (!text) {
    return null;
  }
  if (DELAY_SECONDS.test(text)) {
    return Number(text) * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) || !/[a-z]/i.test(text) ? null : Math.max(0, date - now);
}
