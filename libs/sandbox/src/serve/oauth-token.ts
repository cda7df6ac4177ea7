import { IncomingHttpHeaders } from 'node:http';
import { Reply } from '../kinds/sim-kind';
import { basicCredentials, JSON_TYPE, stringField } from '../kinds/sim-kind.helpers';
import { TokenStore } from '../sim/token.store';

/**
 * RFC 6749 §4.4 client-credentials grant at `/crypto-oauth/oauth/token`: the client may
 * authenticate in the form body or with HTTP Basic (§2.3.1).
 */
export function tokenReply(
  form: unknown,
  headers: IncomingHttpHeaders,
  credentials: Record<string, string>,
  tokens: TokenStore,
  now: number,
): Reply {
  if (stringField(form, 'grant_type') !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type');
  }
  const basic = basicCredentials(headers);
  const clientId = basic?.user ?? stringField(form, 'client_id');
  const clientSecret = basic?.password ?? stringField(form, 'client_secret');
  if (clientId !== credentials.clientId || clientSecret !== credentials.clientSecret) {
    return oauthError(401, 'invalid_client');
  }
  const { token, expiresIn } = tokens.issue(now);
  const scope = stringField(form, 'scope') ?? 'read write';
  const body = { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope };
  return { status: 200, headers: { ...JSON_TYPE, 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

function oauthError(status: number, error: string): Reply {
  return { status, headers: JSON_TYPE, body: JSON.stringify({ error }) };
}
