/** Document 004, "Success Response (200 OK)", verbatim. */
export const CRYPTO_OAUTH_EXAMPLE = `{
"transaction_id": "550e8400-e29b-41d4-a716-446655440000",
"blockchain": "TRX",
"currency": "USDTTRC20",
"status": "completed",
"amount_usd": "100.00",
"amount_crypto": "100.050000",
"address": "TYN2WuEqttM5JjGk4ynGkxcnMRR9SZcvVx",
"token": "USDT",
"transaction_hash": "abc123def456...",
"order_id": "ORDER-12345",
"order_description": "Premium subscription",
"callback_url": "https://your-site.com/webhook/payment",
"expiry_time": "2026-01-15T10:30:00Z",
"created_at": "2026-01-15T10:00:00Z",
"updated_at": "2026-01-15T10:20:00Z",
"is_fixed_rate": true,
"is_fee_paid_by_user": false
}`;

export const CRYPTO_OAUTH_EXAMPLE_ID = '550e8400-e29b-41d4-a716-446655440000';

/** Document 004, "400 Bad Request", verbatim. */
export const CRYPTO_OAUTH_BAD_REQUEST = `{
"error": {
"code": "invalid_request",
"message": "Invalid or missing transaction_id"
}
}`;

/** Document 004, "404 Not Found", verbatim. */
export const CRYPTO_OAUTH_NOT_FOUND = `{
"error": {
"code": "not_found",
"message": "Transaction with the specified ID was not found",
"details": {
"transaction_id": "550e8400-e29b-41d4-a716-446655440000"
}
}
}`;
