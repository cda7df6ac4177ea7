import { SimKind } from './sim-kind';
import { codedError, ErrorTable, header, iso, jsonWithNumbers, stringField, txHash } from './sim-kind.helpers';

/** Document 001, "Error Codes". */
const ERRORS: ErrorTable = {
  400: ['invalid_request', 'The request was malformed or missing required parameters'],
  401: ['authentication_failed', 'Authentication failed. Check your API key or OAuth 2.0 access token'],
  403: ['insufficient_permissions', 'Your API key does not have permission to view this payment'],
  404: ['transaction_not_found', 'Transaction with the specified ID was not found'],
  429: ['rate_limit_exceeded', 'You have exceeded the rate limit for this endpoint'],
  500: ['payment_provider_error', 'An error occurred when checking the payment status with the payment processor'],
};

/** Document 001: `POST /payments/status {transaction_id}`, `X-API-Key`; amounts are JSON numbers. */
export const cryptoApikeySim: SimKind = {
  kind: 'crypto-apikey',
  defaultCredentials: { apiKey: 'sandbox-crypto-key' },
  succeeded: 'completed',
  failed: 'failed',
  authorized: ({ headers }, { credentials }) => header(headers, 'x-api-key') === credentials.apiKey,
  paymentId: ({ body }) => stringField(body, 'transaction_id'),
  render: (info, state, now) =>
    jsonWithNumbers(
      {
        transaction_id: info.id,
        status: state.status,
        payment_type: state.paymentType ?? null,
        amount_usd: info.amount,
        amount_crypto: info.amount,
        blockchain: 'ETH',
        token: 'USDT',
        address: '0x742d35Cc6634C0532925a3b844Bc454e4438f44e',
        tx_hash: state.txHash ?? null,
        created_at: iso(info.createdAt),
        updated_at: iso(now),
        expiry_time: iso(info.createdAt + 3_600_000),
        custom_id: null,
        customer_email: 'customer@example.com',
        callback_url: null,
        callback_sent: false,
        notes: null,
      },
      ['amount_usd', 'amount_crypto'],
    ),
  error: (status, paymentId) => codedError(ERRORS, status, paymentId ? { transaction_id: paymentId } : {}),
  lifecycle: ({ id }) => [
    { status: 'pending' },
    { status: 'confirming', paymentType: 'full', txHash: txHash(id, 1) },
    { status: 'confirmed', paymentType: 'full', txHash: txHash(id, 1) },
    { status: 'completed', paymentType: 'full', txHash: txHash(id, 1) },
  ],
};
