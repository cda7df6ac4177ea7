import { TokenStore } from '../sim/token.store';
import { tokenReply } from './oauth-token';

const credentials = { clientId: 'c', clientSecret: 's' };

describe('tokenReply', () => {
  it('grants a token that expires after its lifetime', () => {
    const tokens = new TokenStore(2);
    const granted = tokenReply(
      { grant_type: 'client_credentials', client_id: 'c', client_secret: 's' },
      {},
      credentials,
      tokens,
      0,
    );
    const body = JSON.parse(granted.body) as { access_token: string; expires_in: number; token_type: string };
    expect([granted.status, body.token_type, body.expires_in]).toEqual([200, 'Bearer', 2]);
    expect(tokens.valid(body.access_token, 1999)).toBe(true);
    expect(tokens.valid(body.access_token, 2000)).toBe(false);
  });

  it.each([
    [{ grant_type: 'password', client_id: 'c', client_secret: 's' }, 400, 'unsupported_grant_type'],
    [{ grant_type: 'client_credentials', client_id: 'c', client_secret: 'x' }, 401, 'invalid_client'],
    [{ grant_type: 'client_credentials' }, 401, 'invalid_client'],
  ])('refuses %j', (form, status, error) => {
    const refused = tokenReply(form, {}, credentials, new TokenStore(60), 0);
    expect([refused.status, JSON.parse(refused.body)]).toEqual([status, { error }]);
  });
});

describe('TokenStore', () => {
  it('revokes every token, and counts what it issued', () => {
    const tokens = new TokenStore(60);
    const { token } = tokens.issue(0);
    tokens.issue(0);
    expect([tokens.issued, tokens.active(0)]).toEqual([2, 2]);
    tokens.revokeAll();
    expect(tokens.valid(token, 0)).toBe(false);
    expect(tokens.valid(undefined, 0)).toBe(false);
  });
});
