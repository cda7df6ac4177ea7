import { ProviderConnection } from '@statushub/config';
import { plainToInstance } from 'class-transformer';
import { ProviderRequest, ProviderResponse } from '../../http/http-types';
import { ProviderHttpClient } from '../../http/provider-http.client';
import { CryptoOauthAdapter } from './crypto-oauth.adapter';
import { CRYPTO_OAUTH_EXAMPLE, CRYPTO_OAUTH_EXAMPLE_ID } from './crypto-oauth.fixtures';

const connection = plainToInstance(ProviderConnection, {
  name: 'oauthpay',
  kind: 'crypto-oauth',
  baseUrl: 'https://api.example',
  auth: { oauth2: { tokenUrl: 'https://api.example/oauth/token', clientId: 'c', clientSecret: 's' } },
});

/** Token endpoint hands out t1, t2, …; the status API answers from `statusAnswers` in turn. */
function fakeProvider(statusAnswers: number[]) {
  let issued = 0;
  const seen: string[] = [];
  const send = (call: ProviderRequest): Promise<ProviderResponse> => {
    if (call.url.endsWith('/oauth/token')) {
      issued++;
      return Promise.resolve({ status: 200, headers: {}, body: JSON.stringify({ access_token: `t${issued}` }) });
    }
    seen.push(call.headers.authorization);
    const status = statusAnswers.shift()!;
    return Promise.resolve({ status, headers: {}, body: status === 200 ? CRYPTO_OAUTH_EXAMPLE : '' });
  };
  return { http: { send } as unknown as ProviderHttpClient, seen, issued: () => issued };
}

describe('CryptoOauthAdapter', () => {
  it('gets a new token once and retries once after a 401', async () => {
    const provider = fakeProvider([401, 200]);
    const adapter = new CryptoOauthAdapter(connection, provider.http);
    await expect(adapter.fetchStatus(CRYPTO_OAUTH_EXAMPLE_ID)).resolves.toMatchObject({ status: 'succeeded' });
    expect(provider.seen).toEqual(['Bearer t1', 'Bearer t2']);
    expect(provider.issued()).toBe(2);
  });

  it('gives up with auth_rejected when the new token is refused too', async () => {
    const provider = fakeProvider([401, 401]);
    const adapter = new CryptoOauthAdapter(connection, provider.http);
    await expect(adapter.fetchStatus(CRYPTO_OAUTH_EXAMPLE_ID)).rejects.toMatchObject({ kind: 'auth_rejected' });
    expect(provider.issued()).toBe(2);
  });

  it('keeps its token across calls and does not refetch for other errors', async () => {
    const provider = fakeProvider([200, 500, 200]);
    const adapter = new CryptoOauthAdapter(connection, provider.http);
    await adapter.fetchStatus(CRYPTO_OAUTH_EXAMPLE_ID);
    await expect(adapter.fetchStatus(CRYPTO_OAUTH_EXAMPLE_ID)).rejects.toMatchObject({ kind: 'provider_error' });
    await adapter.fetchStatus(CRYPTO_OAUTH_EXAMPLE_ID);
    expect(provider.issued()).toBe(1);
  });
});
