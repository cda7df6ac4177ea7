import { errorFromResponse } from '../../http/error-from-response';
import { cryptoApikeyApi, cryptoApikeyRequest, CRYPTO_APIKEY_ERROR_CODES } from './crypto-apikey.api';
import { CRYPTO_APIKEY_ERRORS, CRYPTO_APIKEY_EXAMPLE, CRYPTO_APIKEY_EXAMPLE_ID } from './crypto-apikey.fixtures';
import { CRYPTO_APIKEY_STATUSES, cryptoApikeyStatus } from './crypto-apikey.status';

const withStatus = (status: string) => CRYPTO_APIKEY_EXAMPLE.replace('"status": "completed"', `"status": "${status}"`);

describe('crypto-apikey', () => {
  it('asks POST /payments/status {transaction_id} with X-API-Key', () => {
    expect(cryptoApikeyRequest('https://pay.example/v1', { apiKey: 'k-1' }, 'tx-1')).toEqual({
      method: 'POST',
      url: 'https://pay.example/v1/payments/status',
      headers: { 'x-api-key': 'k-1', 'content-type': 'application/json', accept: 'application/json' },
      body: '{"transaction_id":"tx-1"}',
    });
  });

  it('reads the document example, keeping the written form of the JSON number 100.00', () => {
    expect(cryptoApikeyApi.read(CRYPTO_APIKEY_EXAMPLE, CRYPTO_APIKEY_EXAMPLE_ID)).toEqual({
      status: 'succeeded',
      providerStatus: 'completed',
      providerSubstatus: null,
      progress: null,
      amount: { expected: '100.00', received: null, currency: 'USD' },
      paymentType: 'full',
      txHash: '0xabcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890',
    });
  });

  it('carries no personal data', () => {
    const text = JSON.stringify(cryptoApikeyApi.read(CRYPTO_APIKEY_EXAMPLE, CRYPTO_APIKEY_EXAMPLE_ID));
    expect(text).not.toContain('customer@example.com');
    expect(text).not.toContain('0x742d35Cc');
  });

  it.each([
    ['pending', 'pending'],
    ['partially_paid', 'processing'],
    ['confirming', 'processing'],
    ['confirmed', 'processing'],
    ['completed', 'succeeded'],
    ['failed', 'failed'],
    ['expired', 'expired'],
  ])('maps %s to %s', (raw, canonical) => {
    expect(cryptoApikeyStatus(raw)).toBe(canonical);
    expect(cryptoApikeyApi.read(withStatus(raw), CRYPTO_APIKEY_EXAMPLE_ID).status).toBe(canonical);
  });

  it('covers every status of the document', () => {
    expect(CRYPTO_APIKEY_STATUSES).toHaveLength(7);
  });

  it('does not guess an unknown status', () => {
    expect(cryptoApikeyApi.read(withStatus('refunded'), CRYPTO_APIKEY_EXAMPLE_ID)).toMatchObject({
      status: null,
      providerStatus: 'refunded',
      amount: { expected: '100.00' },
    });
  });

  it.each([
    ['"payment_type": "full"', '"payment_type": "partial"', { paymentType: 'partial' }],
    ['"payment_type": "full"', '"payment_type": "overpayment"', { paymentType: 'overpayment' }],
    ['"amount_usd": 100.00', '"amount_usd": 1e2', { amount: { expected: '100', received: null, currency: 'USD' } }],
    ['"amount_usd": 100.00', '"amount_usd": null', { amount: null }],
    ['"tx_hash": "0xabcdef', '"tx_hash": null, "x": "', { txHash: null }],
  ])('reads %s as %s', (from, to, expected) => {
    expect(cryptoApikeyApi.read(CRYPTO_APIKEY_EXAMPLE.replace(from, to), CRYPTO_APIKEY_EXAMPLE_ID)).toMatchObject(
      expected,
    );
  });

  it.each([
    ['"amount_usd": 100.00', '"amount_usd": "1,000"', 'field amount_usd'],
    ['"amount_usd": 100.00', '"amount_usd": true', 'field amount_usd'],
    ['"status": "completed"', '"status": ["completed"]', 'field status'],
  ])('rejects %s → %s as malformed', (from, to, reason) => {
    const read = () => cryptoApikeyApi.read(CRYPTO_APIKEY_EXAMPLE.replace(from, to), CRYPTO_APIKEY_EXAMPLE_ID);
    expect(read).toThrow(expect.objectContaining({ kind: 'malformed' }));
    expect(read).toThrow(new RegExp(reason));
  });

  it.each(CRYPTO_APIKEY_ERRORS)('classifies the documented error $status $code', ({ status, code, body }) => {
    const error = errorFromResponse({ status, headers: {}, body }, CRYPTO_APIKEY_ERROR_CODES);
    expect({ kind: error.kind, status: error.status, code: error.code }).toEqual({
      kind: CRYPTO_APIKEY_ERROR_CODES[code],
      status,
      code,
    });
  });
});
