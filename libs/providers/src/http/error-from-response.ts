import { ProviderError, ProviderErrorKind } from '../provider-error';
import { ProviderResponse } from './http-types';
import { parseRetryAfter } from './retry-after';

/** A kind's own error codes, consulted when the HTTP status alone does not say what went wrong. */
export type ErrorCodeKinds = Readonly<Record<string, ProviderErrorKind>>;

/**
 * The one classification every adapter uses for an answer that is not a status. The HTTP status
 * decides where it is unambiguous; otherwise the provider's code (`{error:{code}}`, the shape of
 * 001, 003 and 004) is looked up; what is left is a `provider_error`, so it is retried, not guessed.
 */
export function errorFromResponse(
  response: ProviderResponse,
  codeKinds: ErrorCodeKinds = {},
  now: number = Date.now(),
): ProviderError {
  const code = providerErrorCode(response.body);
  const kind = kindForStatus(response.status) ?? (code === null ? undefined : codeKinds[code]) ?? 'provider_error';
  const retryAfterMs = kind === 'rate_limited' ? parseRetryAfter(response.headers['retry-after'], now) : null;
  const label = code === null ? `HTTP ${response.status}` : `HTTP ${response.status} ${code}`;
  return new ProviderError(kind, `${kind}: ${label}`, { status: response.status, code, retryAfterMs });
}

function kindForStatus(status: number): ProviderErrorKind | undefined {
  if (status >= 500) {
    return 'provider_error';
  }
  switch (status) {
    case 401:
      return 'auth_rejected';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 429:
      return 'rate_limited';
    default:
      return undefined;
  }
}

/**
 * The provider's code in a JSON error body: `error.code` (001, 003, 004) or an OAuth token
 * endpoint's `error` string (RFC 6749 §5.2). Error bodies are read for nothing else.
 */
export function providerErrorCode(body: string): string | null {
  if (!body.trimStart().startsWith('{')) {
    return null;
  }
  try {
    const error = (JSON.parse(body) as { error?: unknown } | null)?.error;
    const code = typeof error === 'string' ? error : (error as { code?: unknown } | null | undefined)?.code;
    return typeof code === 'string' && code.length <= 100 ? code : null;
  } catch {
    return null;
  }
}

/** The response if its status is 2xx; otherwise its classified error. */
export function expectSuccess(response: ProviderResponse, codeKinds?: ErrorCodeKinds): ProviderResponse {
  if (response.status >= 200 && response.status < 300) {
    return response;
  }
  throw errorFromResponse(response, codeKinds);
}
