import { ProviderError, ProviderErrorKind } from '@statushub/providers';

/** Why a status call gave no observation: the providers library's error kinds. */
export type PollFailureKind = ProviderErrorKind;

export interface PollFailure {
  kind: PollFailureKind;
  /** For `rate_limited`: the provider's Retry-After, null when it gave none. */
  retryAfterMs: number | null;
}

/** Reads a rejection of `fetchStatus`; anything but a `ProviderError` counts as a provider error. */
export function toPollFailure(error: unknown): PollFailure {
  return error instanceof ProviderError
    ? { kind: error.kind, retryAfterMs: error.retryAfterMs }
    : { kind: 'provider_error', retryAfterMs: null };
}

/** Failures that say the provider is down, as opposed to an answer about this payment or caller. */
const OUTAGES: ReadonlySet<PollFailureKind> = new Set(['provider_error', 'timeout']);

export function isOutage(kind: PollFailureKind): boolean {
  return OUTAGES.has(kind);
}
