import { ErrorCodeKinds } from '../../http/error-from-response';
import { ProviderRequest } from '../../http/http-types';
import { expectSameId, parseBody } from '../../parsing/parse-body';
import { amountOf, observation } from '../observation';
import { providerUrl, StatusApi } from '../status-api';
import { CryptoApikeyAuth } from './crypto-apikey.auth';
import { CRYPTO_APIKEY_DECIMALS, CryptoApikeyPayment } from './crypto-apikey.response';
import { cryptoApikeyStatus } from './crypto-apikey.status';

/** The document prices payments in USD and gives no received amount (payment_type says how it compares). */
const USD = 'USD';

/** Document 001, "Error Codes". */
export const CRYPTO_APIKEY_ERROR_CODES: ErrorCodeKinds = {
  invalid_request: 'provider_error',
  authentication_failed: 'auth_rejected',
  insufficient_permissions: 'forbidden',
  transaction_not_found: 'not_found',
  rate_limit_exceeded: 'rate_limited',
  payment_provider_error: 'provider_error',
};

export function cryptoApikeyRequest(baseUrl: string, auth: CryptoApikeyAuth, paymentId: string): ProviderRequest {
  return {
    method: 'POST',
    url: providerUrl(baseUrl, '/payments/status'),
    headers: { 'x-api-key': auth.apiKey, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ transaction_id: paymentId }),
  };
}

export const cryptoApikeyApi: StatusApi<CryptoApikeyAuth> = {
  request: cryptoApikeyRequest,
  errorCodes: CRYPTO_APIKEY_ERROR_CODES,
  read(body, paymentId) {
    const payment = parseBody(body, CryptoApikeyPayment, CRYPTO_APIKEY_DECIMALS);
    expectSameId(payment.transaction_id, paymentId, 'transaction_id');
    return observation(cryptoApikeyStatus(payment.status), payment.status, {
      paymentType: payment.payment_type,
      txHash: payment.tx_hash,
      amount: amountOf(payment.amount_usd, null, USD),
    });
  },
};
