import { cyberpayApi, cyberpayRequest } from './cyberpay.api';
import {
  CYBERPAY_ACCESS_DENIED,
  CYBERPAY_EXAMPLE,
  CYBERPAY_EXAMPLE_ID,
  CYBERPAY_ORDER_NOT_FOUND,
} from './cyberpay.fixtures';
import { CYBERPAY_STATUSES, cyberpayStatus } from './cyberpay.status';

const order = (data: Record<string, unknown>) =>
  JSON.stringify({ success: true, data: { orderId: 'o-1', ...data }, timestamp: '2024-01-01T00:00:00Z' });

describe('cyberpay', () => {
  it('asks GET /v1/payment/status/{orderId} with transactions and events, Bearer', () => {
    expect(cyberpayRequest('https://api.cyberpay.org/', { bearer: 'KEY' }, 'order 1')).toEqual({
      method: 'GET',
      url: 'https://api.cyberpay.org/v1/payment/status/order%201?includeTransactions=true&includeEvents=true',
      headers: { authorization: 'Bearer KEY', accept: 'application/json' },
    });
  });

  it('reads the document example: substatus, progress, settlement amounts, last destination hash', () => {
    expect(cyberpayApi.read(CYBERPAY_EXAMPLE, CYBERPAY_EXAMPLE_ID)).toEqual({
      status: 'succeeded',
      providerStatus: 'completed',
      providerSubstatus: 'settled',
      progress: { percentage: 100, currentStep: 3, totalSteps: 3 },
      amount: { expected: '100.00', received: '100.00', currency: 'USDC' },
      paymentType: null,
      txHash: '0x4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e',
    });
  });

  it.each([
    ['pending_payment', 'pending'],
    ['processing', 'processing'],
    ['bridging', 'processing'],
    ['settling', 'processing'],
    ['completed', 'succeeded'],
    ['failed', 'failed'],
    ['expired', 'expired'],
    ['cancelled', 'cancelled'],
  ])('maps %s to %s', (raw, canonical) => {
    expect(cyberpayStatus(raw)).toBe(canonical);
    expect(cyberpayApi.read(order({ status: raw }), 'o-1').status).toBe(canonical);
  });

  it('covers every status of the document', () => {
    expect(CYBERPAY_STATUSES).toHaveLength(8);
  });

  it.each(['awaiting_approval', 'swapping', 'bridging', 'confirming', 'settled', 'refunding', 'refunded'])(
    'carries the substatus %s as given',
    (substatus) => {
      expect(cyberpayApi.read(order({ status: 'processing', substatus }), 'o-1').providerSubstatus).toBe(substatus);
    },
  );

  it('does not guess an unknown status', () => {
    expect(cyberpayApi.read(order({ status: 'refunded', substatus: 'refunded' }), 'o-1')).toMatchObject({
      status: null,
      providerStatus: 'refunded',
    });
  });

  it('reads a pending order that has no payment, progress or transactions yet', () => {
    expect(cyberpayApi.read(order({ status: 'pending_payment', substatus: null }), 'o-1')).toMatchObject({
      progress: null,
      amount: null,
      txHash: null,
    });
  });

  it('takes the hash of the last transaction that has one, and amounts given as numbers as written', () => {
    const transactions = [{ txHash: '0xa' }, { txHash: '0xb', destinationTxHash: null }, { status: 'pending' }];
    const payment = { settlementAmount: 100.1, actualReceived: null, settlementToken: { symbol: 'USDC' } };
    expect(cyberpayApi.read(order({ status: 'bridging', transactions, payment }), 'o-1')).toMatchObject({
      txHash: '0xb',
      amount: { expected: '100.1', received: null, currency: 'USDC' },
    });
  });

  it.each([
    [CYBERPAY_ORDER_NOT_FOUND, 'not_found', 'ORDER_NOT_FOUND'],
    [CYBERPAY_ACCESS_DENIED, 'forbidden', 'ACCESS_DENIED'],
  ])('classifies the documented error body %#', (body, kind, code) => {
    expect(() => cyberpayApi.read(body, CYBERPAY_EXAMPLE_ID)).toThrow(expect.objectContaining({ kind, code }));
  });

  it.each([
    [order({ status: 'processing', progress: { percentage: '66' } }), 'field data.progress.percentage'],
    [order({ status: 'processing', transactions: {} }), 'field data.transactions'],
    [JSON.stringify({ success: true }), 'field data'],
    [JSON.stringify({ success: true, data: [{ orderId: 'o-1', status: 'processing' }] }), 'field data'],
    [order({ status: 'processing', payment: [{ settlementAmount: '1' }] }), 'field data.payment'],
    [JSON.stringify({ success: true, data: { orderId: 'o-2', status: 'processing' } }), 'another payment'],
  ])('rejects %s as malformed', (body, reason) => {
    expect(() => cyberpayApi.read(body, 'o-1')).toThrow(
      expect.objectContaining({ kind: 'malformed', message: expect.stringContaining(reason) }),
    );
  });
});
