import { ProviderRequest } from '../../http/http-types';
import { expectSameId, parseBody } from '../../parsing/parse-body';
import { observation } from '../observation';
import { providerUrl, StatusApi } from '../status-api';
import { MiraclecashAuth } from './miraclecash.auth';
import { MiraclecashPayment } from './miraclecash.response';
import { miraclecashStatus } from './miraclecash.status';

export function miraclecashRequest(baseUrl: string, auth: MiraclecashAuth, paymentId: string): ProviderRequest {
  const credentials = Buffer.from(`${auth.basic.clientId}:${auth.basic.apiKey}`, 'utf8').toString('base64');
  return {
    method: 'GET',
    url: providerUrl(baseUrl, `/external/payments/prompt/${encodeURIComponent(paymentId)}`),
    headers: { authorization: `Basic ${credentials}`, accept: 'application/json' },
  };
}

export const miraclecashApi: StatusApi<MiraclecashAuth> = {
  request: miraclecashRequest,
  read(body, paymentId) {
    const payment = parseBody(body, MiraclecashPayment);
    expectSameId(payment.id, paymentId, 'id');
    return observation(miraclecashStatus(payment.status), payment.status);
  },
};
