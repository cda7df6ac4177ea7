/** Document 001, "Example Response", verbatim: the amounts are JSON numbers (`100.00`). */
export const CRYPTO_APIKEY_EXAMPLE = `{
"transaction_id": "550e8400-e29b-41d4-a716-446655440000",
"status": "completed",
"payment_type": "full",
"amount_usd": 100.00,
"amount_crypto": 0.05,
"blockchain": "ETH",
"token": "USDT",
"address": "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
"tx_hash": "0xabcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890",
"created_at": "2025-04-16T13:30:25.123Z",
"updated_at": "2025-04-16T14:45:30.456Z",
"expiry_time": "2025-04-16T14:30:25.123Z",
"custom_id": "ORDER-12345",
"customer_email": "customer@example.com",
"callback_url": "https://your-site.com/payment/callback",
"callback_sent": true,
"notes": null
}`;

export const CRYPTO_APIKEY_EXAMPLE_ID = '550e8400-e29b-41d4-a716-446655440000';

/** Document 001, "Error Codes": each row in the `{error:{code,message,details}}` shape the document uses. */
export const CRYPTO_APIKEY_ERRORS = [
  { status: 400, code: 'invalid_request', message: 'The request was malformed or missing required parameters' },
  {
    status: 401,
    code: 'authentication_failed',
    message: 'Authentication failed. Check your API key or OAuth 2.0 access token',
  },
  {
    status: 403,
    code: 'insufficient_permissions',
    message: 'Your API key does not have permission to view this payment',
  },
  { status: 404, code: 'transaction_not_found', message: 'Transaction with the specified ID was not found' },
  { status: 429, code: 'rate_limit_exceeded', message: 'You have exceeded the rate limit for this endpoint' },
  {
    status: 500,
    code: 'payment_provider_error',
    message: 'An error occurred when checking the payment status with the payment processor',
  },
].map((row) => ({ ...row, body: JSON.stringify({ error: { code: row.code, message: row.message, details: {} } }) }));
