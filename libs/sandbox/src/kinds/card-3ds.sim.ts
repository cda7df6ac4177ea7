import { SimKind } from './sim-kind';
import { header, iso, jsonWithNumbers, plainError } from './sim-kind.helpers';

/** Document 002: `GET /api/payment/{paymentId}`, `X-API-KEY` + `X-API-SECRET`; amounts are numbers. */
export const card3dsSim: SimKind = {
  kind: 'card-3ds',
  defaultCredentials: { apiKey: 'sandbox-card-key', apiSecret: 'sandbox-card-secret' },
  succeeded: 'SUCCESS',
  failed: 'FAILED',
  authorized: ({ headers }, { credentials }) =>
    header(headers, 'x-api-key') === credentials.apiKey && header(headers, 'x-api-secret') === credentials.apiSecret,
  paymentId: ({ params }) => params.id ?? null,
  render: (info, state, now) =>
    jsonWithNumbers(
      {
        paymentId: info.id,
        orderId: `ORDER-${info.id}`,
        amount: info.amount,
        installmentCount: 1,
        currency: info.currency,
        merchantCommission: '0.00',
        status: state.status,
        paymentDate: iso(now),
        cardHolderName: 'JANE DOE',
        pan: '411111******1111',
        domInt: 'DOM',
        cardScheme: 'VISA',
        cardType: 'CREDIT',
        loyaltyCode: null,
        externalTransactionId: `ext-${info.id}`,
        authCode: state.status === 'SUCCESS' ? '123456' : null,
        resultCode: state.status === 'SUCCESS' ? '00' : null,
        resultMessage: state.status === 'SUCCESS' ? 'Approved' : null,
        customerId: 'cust-42',
      },
      ['amount', 'merchantCommission'],
    ),
  error: (status) => plainError(status),
  lifecycle: () => [{ status: 'ENROLLED' }, { status: 'SUCCESS' }],
};
