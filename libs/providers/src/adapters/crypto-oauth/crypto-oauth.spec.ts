import { errorFromResponse } from '../../http/error-from-response';
import { cryptoOauthApi, cryptoOauthRequest, CRYPTO_OAUTH_ERROR_CODES } from './crypto-oauth.api';
import {
  CRYPTO_OAUTH_BAD_REQUEST,
  CRYPTO_OAUTH_EXAMPLE,
  CRYPTO_OAUTH_EXAMPLE_ID,
  CRYPTO_OAUTH_NOT_FOUND,
} from './crypto-oauth.fixtures';
import { CRYPTO_OAUTH_STATUSES, cryptoOauthStatus } from './crypto-oauth.status';

const withStatus = (status: string) => CRYPTO_OAUTH_EXAMPLE.replace('"status": "completed"', `"status": "${status}"`);

describe('crypto-oauth', () => {
  it('asks POST /payments/status/ {transaction_id} with the bearer access token', () => {
    expect(cryptoOauthRequest('https://api.example/', 'tok', 'tx-1')).toEqual({
      method: 'POST',
      url: 'https://api.example/payments/status/',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json', accept: 'application/json' },
      body: '{"transaction_id":"tx-1"}',
    });
  });

  it('reads the document example, amounts exactly as written', () => {
    expect(cryptoOauthApi.read(CRYPTO_OAUTH_EXAMPLE, CRYPTO_OAUTH_EXAMPLE_ID)).toEqual({
      status: 'succeeded',
      providerStatus: 'completed',
      providerSubstatus: null,
      progress: null,
      amount: { expected: '100.00', received: null, currency: 'USD' },
      paymentType: null,
      txHash: 'abc123def456...',
    });
  });

  it.each([
    ['waiting', 'pending'],
    ['confirming', 'processing'],
    ['confirmed', 'processing'],
    ['sending', 'processing'],
    ['completed', 'succeeded'],
    ['expired', 'expired'],
    ['failed', 'failed'],
  ])('maps %s to %s', (raw, canonical) => {
    expect(cryptoOauthStatus(raw)).toBe(canonical);
    expect(cryptoOauthApi.read(withStatus(raw), CRYPTO_OAUTH_EXAMPLE_ID).status).toBe(canonical);
  });

  it('covers every status of the document', () => {
    expect(CRYPTO_OAUTH_STATUSES).toHaveLength(7);
  });

  it('does not guess an unknown status', () => {
    expect(cryptoOauthApi.read(withStatus('partially_paid'), CRYPTO_OAUTH_EXAMPLE_ID)).toMatchObject({
      status: null,
      providerStatus: 'partially_paid',
    });
  });

  it('keeps amounts written as JSON numbers, and a missing hash as null', () => {
    const body = CRYPTO_OAUTH_EXAMPLE.replace('"amount_usd": "100.00"', '"amount_usd": 100.10').replace(
      '"transaction_hash": "abc123def456...",',
      '"transaction_hash": null,',
    );
    expect(cryptoOauthApi.read(body, CRYPTO_OAUTH_EXAMPLE_ID)).toMatchObject({
      amount: { expected: '100.10' },
      txHash: null,
    });
  });

  it.each([
    [400, CRYPTO_OAUTH_BAD_REQUEST, 'provider_error', 'invalid_request'],
    [404, CRYPTO_OAUTH_NOT_FOUND, 'not_found', 'not_found'],
  ])('classifies the documented error %i', (status, body, kind, code) => {
    expect(errorFromResponse({ status, headers: {}, body }, CRYPTO_OAUTH_ERROR_CODES)).toMatchObject({
      kind,
      code,
      status,
    });
  });
});
