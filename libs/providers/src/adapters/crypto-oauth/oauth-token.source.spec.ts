import { ProviderRequest, ProviderResponse } from '../../http/http-types';
import { ProviderHttpClient } from '../../http/provider-http.client';
import { OAuthTokenSource, refreshAt, tokenRequest } from './oauth-token.source';

const credentials = {
  tokenUrl: 'https://auth.example/oauth/token',
  clientId: 'id',
  clientSecret: 's&cret',
  scope: 'read write',
};

function fakeHttp(answers: ProviderResponse[]) {
  const calls: ProviderRequest[] = [];
  const send = jest.fn((call: ProviderRequest) => {
    calls.push(call);
    return new Promise<ProviderResponse>((resolve) => setImmediate(() => resolve(answers.shift()!)));
  });
  return { http: { send } as unknown as ProviderHttpClient, calls };
}
const token = (value: string, expiresIn?: number) => ({
  status: 200,
  headers: {},
  body: JSON.stringify({ access_token: value, token_type: 'Bearer', expires_in: expiresIn }),
});

describe('tokenRequest', () => {
  it('is a form-encoded client-credentials grant with the client in the body', () => {
    expect(tokenRequest(credentials)).toEqual({
      method: 'POST',
      url: 'https://auth.example/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials&client_id=id&client_secret=s%26cret&scope=read+write',
    });
  });
});

describe('refreshAt', () => {
  it('refreshes 30 s before a long-lived token expires, a tenth before a short one', () => {
    expect(refreshAt(3600, 0)).toBe(3_570_000);
    expect(refreshAt(10, 0)).toBe(9_000);
    expect(refreshAt(undefined, 0)).toBe(Infinity);
  });
});

describe('OAuthTokenSource', () => {
  it('fetches once for concurrent callers and keeps the token until shortly before expiry', async () => {
    let now = 0;
    const { http, calls } = fakeHttp([token('t1', 3600), token('t2', 3600)]);
    const source = new OAuthTokenSource(http, credentials, 1000, () => now);
    await expect(Promise.all([source.get(), source.get(), source.get()])).resolves.toEqual(['t1', 't1', 't1']);
    now = 3_569_000;
    await expect(source.get()).resolves.toBe('t1');
    now = 3_570_000;
    await expect(source.get()).resolves.toBe('t2');
    expect(calls).toHaveLength(2);
  });

  it('refetches once after invalidation, however many callers saw the 401', async () => {
    const { http, calls } = fakeHttp([token('t1'), token('t2')]);
    const source = new OAuthTokenSource(http, credentials, 1000);
    await source.get();
    source.invalidate('t1');
    const second = source.get();
    source.invalidate('t1');
    await expect(Promise.all([second, source.get()])).resolves.toEqual(['t2', 't2']);
    expect(calls).toHaveLength(2);
  });

  it('classifies a rejected client and tries again on the next call', async () => {
    const rejected = { status: 401, headers: {}, body: '{"error":"invalid_client"}' };
    const { http } = fakeHttp([rejected, token('t1')]);
    const source = new OAuthTokenSource(http, credentials, 1000);
    await expect(source.get()).rejects.toMatchObject({
      kind: 'auth_rejected',
      code: 'invalid_client',
      message: expect.stringContaining('token request'),
    });
    await expect(source.get()).resolves.toBe('t1');
  });

  it('rejects a token answer without access_token as malformed', async () => {
    const { http } = fakeHttp([{ status: 200, headers: {}, body: '{"token_type":"Bearer"}' }]);
    await expect(new OAuthTokenSource(http, credentials, 1000).get()).rejects.toMatchObject({ kind: 'malformed' });
  });
});
