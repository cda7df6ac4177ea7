import { ErrorCodeKinds } from '../../http/error-from-response';
import { ProviderRequest } from '../../http/http-types';
import { expectSameId, parseBody } from '../../parsing/parse-body';
import { amountOf, observation } from '../observation';
import { providerUrl, StatusApi } from '../status-api';
import { CRYPTO_OAUTH_DECIMALS, CryptoOauthPayment } from './crypto-oauth.response';
import { cryptoOauthStatus } from './crypto-oauth.status';

/** Document 004, "Error Responses". */
export const CRYPTO_OAUTH_ERROR_CODES: ErrorCodeKinds = { invalid_request: 'provider_error', not_found: 'not_found' };

/** `amount_usd` is the amount in the price currency, USD; the document gives no received amount. */
const USD = 'USD';

/** The trailing slash is part of the documented path. */
export function cryptoOauthRequest(baseUrl: string, accessToken: string, paymentId: string): ProviderRequest {
  return {
    method: 'POST',
    url: providerUrl(baseUrl, '/payments/status/'),
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ transaction_id: paymentId }),
  };
}

export const cryptoOauthApi: StatusApi<string> = {
  request: cryptoOauthRequest,
  errorCodes: CRYPTO_OAUTH_ERROR_CODES,
  read(body, paymentId) {
    const payment = parseBody(body, CryptoOauthPayment, CRYPTO_OAUTH_DECIMALS);
    expectSameId(payment.transaction_id, paymentId, 'transaction_id');
    return observation(cryptoOauthStatus(payment.status), payment.status, {
      txHash: payment.transaction_hash,
      amount: amountOf(payment.amount_usd, null, USD),
    });
  },
};
