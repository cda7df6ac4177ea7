import { ProviderConnection } from '@statushub/config';
import { Observation } from '@statushub/contract';
import { ProviderHttpClient } from '../../http/provider-http.client';
import { AdapterDefinition, ProviderAdapter } from '../../provider-adapter';
import { ProviderError } from '../../provider-error';
import { authOf } from '../static-auth.adapter';
import { fetchObservation } from '../status-api';
import { cryptoOauthApi } from './crypto-oauth.api';
import { CryptoOauthAuth } from './crypto-oauth.auth';
import { CRYPTO_OAUTH_STATUSES, cryptoOauthStatus } from './crypto-oauth.status';
import { OAuthTokenSource } from './oauth-token.source';

/** Bearer access token from the client-credentials grant; a 401 gets one new token and one retry. */
export class CryptoOauthAdapter implements ProviderAdapter {
  readonly kind = 'crypto-oauth';
  private readonly tokens: OAuthTokenSource;

  constructor(
    readonly connection: ProviderConnection,
    private readonly http: ProviderHttpClient,
  ) {
    const auth = authOf(CryptoOauthAuth, connection);
    this.tokens = new OAuthTokenSource(http, auth.oauth2, connection.timeoutMs);
  }

  async fetchStatus(paymentId: string, signal?: AbortSignal): Promise<Observation> {
    const token = await this.tokens.get();
    try {
      return await this.fetchWith(token, paymentId, signal);
    } catch (error) {
      if (!(error instanceof ProviderError && error.kind === 'auth_rejected')) {
        throw error;
      }
      this.tokens.invalidate(token);
      return this.fetchWith(await this.tokens.get(), paymentId, signal);
    }
  }

  private fetchWith(token: string, paymentId: string, signal?: AbortSignal): Promise<Observation> {
    return fetchObservation(this.http, this.connection, cryptoOauthApi, token, paymentId, signal);
  }
}

export const cryptoOauth: AdapterDefinition = {
  kind: 'crypto-oauth',
  authSchema: CryptoOauthAuth,
  webhookIdPath: ['transaction_id'],
  knownStatuses: CRYPTO_OAUTH_STATUSES,
  canonicalStatus: cryptoOauthStatus,
  create: (connection, http) => new CryptoOauthAdapter(connection, http),
};
