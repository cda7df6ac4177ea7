import { Progress } from '@statushub/contract';
import { ErrorCodeKinds, errorFromResponse } from '../../http/error-from-response';
import { ProviderRequest } from '../../http/http-types';
import { expectSameId, parseBody } from '../../parsing/parse-body';
import { amountOf, observation } from '../observation';
import { providerUrl, StatusApi } from '../status-api';
import { CyberpayAuth } from './cyberpay.auth';
import { CYBERPAY_DECIMALS, CyberpayAnswer, CyberpayOrder } from './cyberpay.response';
import { cyberpayStatus } from './cyberpay.status';

/** Document 003, "Error Responses". */
export const CYBERPAY_ERROR_CODES: ErrorCodeKinds = { ORDER_NOT_FOUND: 'not_found', ACCESS_DENIED: 'forbidden' };

export function cyberpayRequest(baseUrl: string, auth: CyberpayAuth, paymentId: string): ProviderRequest {
  const path = `/v1/payment/status/${encodeURIComponent(paymentId)}?includeTransactions=true&includeEvents=true`;
  return {
    method: 'GET',
    url: providerUrl(baseUrl, path),
    headers: { authorization: `Bearer ${auth.bearer}`, accept: 'application/json' },
  };
}

export const cyberpayApi: StatusApi<CyberpayAuth> = {
  request: cyberpayRequest,
  errorCodes: CYBERPAY_ERROR_CODES,
  read(body, paymentId) {
    const answer = parseBody(body, CyberpayAnswer, CYBERPAY_DECIMALS);
    if (!answer.success) {
      throw errorFromResponse({ status: 200, headers: {}, body }, CYBERPAY_ERROR_CODES);
    }
    const order = answer.data;
    expectSameId(order.orderId, paymentId, 'data.orderId');
    return observation(cyberpayStatus(order.status), order.status, {
      providerSubstatus: order.substatus,
      progress: progressOf(order),
      amount: amountOf(
        order.payment?.settlementAmount,
        order.payment?.actualReceived,
        order.payment?.settlementToken?.symbol,
      ),
      txHash: lastTxHash(order),
    });
  },
};

function progressOf({ progress }: CyberpayOrder): Progress | null {
  if (!progress) {
    return null;
  }
  return {
    percentage: progress.percentage ?? null,
    currentStep: progress.currentStep ?? null,
    totalSteps: progress.totalSteps ?? null,
  };
}

/** The latest on-chain hash: of the last transaction that has one, its destination-chain hash first. */
function lastTxHash({ transactions }: CyberpayOrder): string | null {
  for (const tx of [...(transactions ?? [])].reverse()) {
    const hash = tx.destinationTxHash ?? tx.txHash;
    if (hash) {
      return hash;
    }
  }
  return null;
}
