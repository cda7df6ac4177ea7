import { expectSuccess } from '../../http/error-from-response';
import { ProviderRequest } from '../../http/http-types';
import { ProviderHttpClient } from '../../http/provider-http.client';
import { parseBody } from '../../parsing/parse-body';
import { ProviderError } from '../../provider-error';
import { OAuth2Credentials } from './crypto-oauth.auth';
import { OAuthTokenAnswer, TOKEN_ERROR_CODES } from './oauth-token.response';

const MAX_MARGIN_MS = 30_000;

/** The client-credentials grant as the token endpoint expects it: form-encoded, client auth in the body. */
export function tokenRequest(credentials: OAuth2Credentials): ProviderRequest {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  if (credentials.scope) {
    form.set('scope', credentials.scope);
  }
  return {
    method: 'POST',
    url: credentials.tokenUrl,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  };
}

/**
 * When to fetch a new token: shortly before it expires (30 s, or a tenth of a short lifetime).
 * A token without `expires_in` is kept until the API rejects it.
 */
export function refreshAt(expiresInSeconds: number | undefined, now: number): number {
  if (expiresInSeconds === undefined) {
    return Infinity;
  }
  const lifetime = expiresInSeconds * 1000;
  return now + lifetime - Math.min(MAX_MARGIN_MS, lifetime / 10);
}

/**
 * One connection's access token. Concurrent callers share one in-flight request, so a burst of
 * polls (or of 401s) costs the token endpoint one call.
 */
export class OAuthTokenSource {
  private current: { value: string; refreshAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly http: ProviderHttpClient,
    private readonly credentials: OAuth2Credentials,
    private readonly timeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<string> {
    if (this.current && this.now() < this.current.refreshAt) {
      return Promise.resolve(this.current.value);
    }
    this.pending ??= this.fetch().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** After a 401: forget `rejected`, unless another caller has already replaced it. */
  invalidate(rejected: string): void {
    if (this.current?.value === rejected) {
      this.current = null;
    }
  }

  private async fetch(): Promise<string> {
    // One caller's abort must not fail the others waiting on this token, so only the timeout applies.
    try {
      const response = await this.http.send(tokenRequest(this.credentials), { timeoutMs: this.timeoutMs });
      const answer = parseBody(expectSuccess(response, TOKEN_ERROR_CODES).body, OAuthTokenAnswer);
      this.current = { value: answer.access_token, refreshAt: refreshAt(answer.expires_in, this.now()) };
      return answer.access_token;
    } catch (error) {
      throw error instanceof ProviderError
        ? new ProviderError(error.kind, `token request: ${error.message}`, error)
        : error;
    }
  }
}
