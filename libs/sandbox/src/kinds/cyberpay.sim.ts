import { SimPaymentInfo, SimState } from '../sim/sim-state';
import { SimKind } from './sim-kind';
import { bearerToken, ErrorTable, errorRow, iso, JSON_TYPE, txHash } from './sim-kind.helpers';

/** Document 003, "Error Responses" (403, 404); the other rows are the sandbox's own, in the same shape. */
const ERRORS: ErrorTable = {
  400: ['INVALID_REQUEST', 'Invalid request'],
  401: ['UNAUTHORIZED', 'Invalid API key'],
  403: ['ACCESS_DENIED', "You don't have permission to access this order"],
  404: ['ORDER_NOT_FOUND', 'Order not found'],
  429: ['RATE_LIMIT_EXCEEDED', 'Rate limit exceeded'],
  500: ['INTERNAL_ERROR', 'Internal error'],
};

const seconds = (ms: number) => Math.floor(ms / 1000);
const progress = (percentage: number, currentStep: number) => ({ percentage, currentStep, totalSteps: 3 });

/** Document 003: `GET /v1/payment/status/{orderId}`, `Authorization: Bearer <api key>`. */
export const cyberpaySim: SimKind = {
  kind: 'cyberpay',
  defaultCredentials: { bearer: 'sandbox-cyberpay-key' },
  succeeded: 'completed',
  failed: 'failed',
  authorized: ({ headers }, { credentials }) => bearerToken(headers) === credentials.bearer,
  paymentId: ({ params }) => params.id ?? null,
  render: (info, state, now) => JSON.stringify({ success: true, data: order(info, state), timestamp: iso(now) }),
  error(status, paymentId, now) {
    const [code, message] = errorRow(ERRORS, status);
    const error = { code, message, details: { orderId: paymentId } };
    return { status, headers: JSON_TYPE, body: JSON.stringify({ success: false, error, timestamp: iso(now) }) };
  },
  lifecycle,
};

function order(info: SimPaymentInfo, state: SimState) {
  return {
    orderId: info.id,
    checkoutId: `checkout_${info.id}`,
    status: state.status,
    substatus: state.substatus ?? null,
    progress: state.progress ? { ...state.progress, estimatedCompletion: null } : null,
    payment: {
      paymentAmount: info.amount,
      settlementAmount: info.amount,
      actualReceived: state.received ?? null,
      paymentToken: { symbol: 'USDC.e', address: '0x7F5c764cBc14f9669B88837ca1490cCa17c31607', chainId: 10 },
      settlementToken: { symbol: info.currency, address: '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359', chainId: 137 },
    },
    timing: { createdAt: seconds(info.createdAt), startedAt: null, completedAt: null },
    transactions:
      state.transactions ??
      (state.txHash ? [{ stepId: 1, type: 'transfer', status: 'confirmed', txHash: state.txHash }] : []),
    events: [],
    metadata: {},
  };
}

function lifecycle({ id, amount }: SimPaymentInfo): SimState[] {
  const approval = { stepId: 1, type: 'approval', status: 'confirmed', txHash: txHash(id, 1), chainId: 10 };
  const swap = { stepId: 2, type: 'swap', status: 'confirmed', txHash: txHash(id, 2), chainId: 10 };
  const bridging = { stepId: 3, type: 'bridge', status: 'pending', txHash: txHash(id, 3), chainId: 10 };
  const bridged = { ...bridging, status: 'confirmed', destinationTxHash: txHash(id, 4), destinationChainId: 137 };
  return [
    { status: 'pending_payment', substatus: null, progress: progress(0, 0) },
    { status: 'processing', substatus: 'awaiting_approval', progress: progress(33, 1), transactions: [approval] },
    { status: 'bridging', substatus: 'bridging', progress: progress(66, 2), transactions: [approval, swap, bridging] },
    { status: 'settling', substatus: 'confirming', progress: progress(90, 3), transactions: [approval, swap, bridged] },
    {
      status: 'completed',
      substatus: 'settled',
      progress: progress(100, 3),
      transactions: [approval, swap, bridged],
      received: amount,
    },
  ];
}
