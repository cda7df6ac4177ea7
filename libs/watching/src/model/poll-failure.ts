/** Why a status call gave no observation: the providers library's `ProviderError` kinds. */
export const POLL_FAILURE_KINDS = [
  'not_found',
  'auth_rejected',
  'forbidden',
  'rate_limited',
  'provider_error',
  'timeout',
  'malformed',
] as const;
export type PollFailureKind = (typeof POLL_FAILURE_KINDS)[number];

export interface PollFailure {
  kind: PollFailureKind;
  /** For `rate_limited`: the provider's Retry-After, null when it gave none. */
  retryAfterMs: number | null;
}

/** Reads a rejection of `fetchStatus` as a failure; anything not typed counts as a provider error. */
export function toPollFailure(error: unknown): PollFailure {
  const typed = error as { kind?: unknown; retryAfterMs?: unknown } | null;
  const kind = (POLL_FAILURE_KINDS as readonly unknown[]).includes(typed?.kind)
    ? (typed!.kind as PollFailureKind)
    : 'provider_error';
  const retryAfterMs = typeof typed?.retryAfterMs === 'number' ? typed.retryAfterMs : null;
  return { kind, retryAfterMs };
}

/** Failures that say the provider is down, as opposed to an answer about this payment or caller. */
export function isOutage(kind: PollFailureKind): boolean {
  switch (kind) {
    case 'provider_error':
    case 'timeout':
      return true;
    case 'not_found':
    case 'auth_rejected':
    case 'forbidden':
    case 'rate_limited':
    case 'malformed':
      return false;
  }
}
