export const PROVIDER_ERROR_KINDS = [
  'not_found',
  'auth_rejected',
  'forbidden',
  'rate_limited',
  'provider_error',
  'timeout',
  'malformed',
] as const;
export type ProviderErrorKind = (typeof PROVIDER_ERROR_KINDS)[number];

export interface ProviderErrorDetails {
  /** HTTP status of the provider's answer; null when there was none (timeout, connection reset). */
  status?: number | null;
  /** The provider's own error code (`transaction_not_found`, `ORDER_NOT_FOUND`, …) when it gave one. */
  code?: string | null;
  /** Only for `rate_limited`: how long the provider asked us to wait; null when it did not say. */
  retryAfterMs?: number | null;
}

/**
 * Why a status call gave no observation. Messages never quote the provider's body, so no
 * personal data (e-mail, card holder) can reach a log through them.
 */
export class ProviderError extends Error {
  readonly status: number | null;
  readonly code: string | null;
  readonly retryAfterMs: number | null;

  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    details: ProviderErrorDetails = {},
  ) {
    super(message);
    this.name = 'ProviderError';
    this.status = details.status ?? null;
    this.code = details.code ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** Whether asking again later can give a different answer without anyone changing the configuration. */
  get retryable(): boolean {
    return isRetryable(this.kind);
  }

  static malformed(reason: string, status: number | null = null): ProviderError {
    return new ProviderError('malformed', `malformed answer: ${reason}`, { status });
  }
}

export function isRetryable(kind: ProviderErrorKind): boolean {
  switch (kind) {
    case 'rate_limited':
    case 'provider_error':
    case 'timeout':
      return true;
    case 'not_found':
    case 'auth_rejected':
    case 'forbidden':
    case 'malformed':
      return false;
  }
}
