import { SimKind } from './sim-kind';
import { bearerToken, codedError, ErrorTable, iso, stringField, txHash } from './sim-kind.helpers';

/** Document 004, "Error Responses" (400, 404); the other rows are the sandbox's own, in the same shape. */
const ERRORS: ErrorTable = {
  400: ['invalid_request', 'Invalid or missing transaction_id'],
  401: ['not_authenticated', 'Invalid or expired access token'],
  403: ['permission_denied', 'You do not have permission to perform this action'],
  404: ['not_found', 'Transaction with the specified ID was not found'],
  429: ['throttled', 'Request was throttled'],
  500: ['server_error', 'A server error occurred'],
};

/** Document 004: `POST /payments/status/ {transaction_id}`, OAuth 2.0 bearer access token. */
export const cryptoOauthSim: SimKind = {
  kind: 'crypto-oauth',
  defaultCredentials: { clientId: 'sandbox-oauth-client', clientSecret: 'sandbox-oauth-secret' },
  succeeded: 'completed',
  failed: 'failed',
  authorized: ({ headers }, { tokens, now }) => tokens.valid(bearerToken(headers), now),
  paymentId: ({ body }) => stringField(body, 'transaction_id'),
  render: (info, state, now) =>
    JSON.stringify({
      transaction_id: info.id,
      blockchain: 'TRX',
      currency: 'USDTTRC20',
      status: state.status,
      amount_usd: info.amount,
      amount_crypto: info.amount,
      address: 'TYN2WuEqttM5JjGk4ynGkxcnMRR9SZcvVx',
      token: 'USDT',
      transaction_hash: state.txHash ?? null,
      order_id: `ORDER-${info.id}`,
      order_description: 'Sandbox payment',
      callback_url: null,
      expiry_time: iso(info.createdAt + 3_600_000),
      created_at: iso(info.createdAt),
      updated_at: iso(now),
      is_fixed_rate: true,
      is_fee_paid_by_user: false,
    }),
  error: (status, paymentId) => codedError(ERRORS, status, paymentId ? { transaction_id: paymentId } : {}),
  lifecycle: ({ id }) => [
    { status: 'waiting' },
    { status: 'confirming', txHash: txHash(id, 1) },
    { status: 'confirmed', txHash: txHash(id, 1) },
    { status: 'sending', txHash: txHash(id, 1) },
    { status: 'completed', txHash: txHash(id, 1) },
  ],
};
