import { ProviderRequest } from '../../http/http-types';
import { expectSameId, parseBody } from '../../parsing/parse-body';
import { amountOf, observation } from '../observation';
import { providerUrl, StatusApi } from '../status-api';
import { Card3dsAuth } from './card-3ds.auth';
import { CARD_3DS_DECIMALS, Card3dsPayment } from './card-3ds.response';
import { card3dsStatus } from './card-3ds.status';

export function card3dsRequest(baseUrl: string, auth: Card3dsAuth, paymentId: string): ProviderRequest {
  return {
    method: 'GET',
    url: providerUrl(baseUrl, `/api/payment/${encodeURIComponent(paymentId)}`),
    headers: { 'x-api-key': auth.apiKey, 'x-api-secret': auth.apiSecret, accept: 'application/json' },
  };
}

export const card3dsApi: StatusApi<Card3dsAuth> = {
  request: card3dsRequest,
  read(body, paymentId) {
    const payment = parseBody(body, Card3dsPayment, CARD_3DS_DECIMALS);
    expectSameId(payment.paymentId, paymentId, 'paymentId');
    return observation(card3dsStatus(payment.status), payment.status, {
      amount: amountOf(payment.amount, null, payment.currency),
    });
  },
};
