export const CARD_3DS_EXAMPLE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/**
 * Document 002 gives the ApiPaymentResponse field table but no example body; this is that table
 * filled in (its own sample values: 2023-05-01T14:30:00Z, 411111******1111, VISA, DOM). The
 * document gives no error bodies: errors are plain HTTP statuses.
 */
export function card3dsExample(status: string): string {
  return `{
  "paymentId": "${CARD_3DS_EXAMPLE_ID}",
  "orderId": "ORDER-3DS-1001",
  "amount": 150.00,
  "installmentCount": 1,
  "currency": "TRY",
  "merchantCommission": 3.75,
  "status": "${status}",
  "paymentDate": "2023-05-01T14:30:00Z",
  "cardHolderName": "JANE DOE",
  "pan": "411111******1111",
  "domInt": "DOM",
  "cardScheme": "VISA",
  "cardType": "CREDIT",
  "loyaltyCode": null,
  "externalTransactionId": "ext-889900",
  "authCode": "123456",
  "resultCode": "00",
  "resultMessage": "Approved",
  "customerId": "cust-42"
}`;
}
