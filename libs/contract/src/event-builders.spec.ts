import { anomalyEvent, statusChangedEvent, watchEndedEvent } from './event-builders';
import { natsNames, eventSubject, orderSubjectFilter, paymentKey } from './names';
import { anomalyData, nextPaymentState, watchEndedData } from './payment-state';
import { Observation } from './event';

const ref = {
  provider: 'cyberpay',
  paymentId: 'order_1759231185333_ghi789',
  orderId: 'order_1759231185333_ghi789',
  metadata: { playerId: 'p-42' },
};
const observation: Observation = {
  status: 'processing',
  providerStatus: 'bridging',
  providerSubstatus: 'bridging',
  progress: { percentage: 66, currentStep: 2, totalSteps: 3 },
  amount: { expected: '100.00', received: null, currency: 'USD' },
  paymentType: null,
  txHash: '0x2b3c',
};
const at = new Date('2026-01-15T10:20:00.000Z');

describe('CloudEvents (CONTRACT §2)', () => {
  const v1 = nextPaymentState(
    ref,
    null,
    { ...observation, status: 'pending', providerStatus: 'pending_payment' },
    'pending',
    'poll',
    at,
  );
  const v2 = nextPaymentState(ref, v1, observation, 'processing', 'webhook', at);

  it('builds the contract example shape', () => {
    expect(statusChangedEvent(v2)).toEqual({
      specversion: '1.0',
      id: 'cyberpay:order_1759231185333_ghi789:2',
      source: 'statushub/poller',
      type: 'payment.status.changed',
      subject: 'order_1759231185333_ghi789',
      time: '2026-01-15T10:20:00.000Z',
      datacontenttype: 'application/json',
      data: {
        orderId: 'order_1759231185333_ghi789',
        provider: 'cyberpay',
        paymentId: 'order_1759231185333_ghi789',
        version: 2,
        status: 'processing',
        previousStatus: 'pending',
        terminal: false,
        providerStatus: 'bridging',
        providerSubstatus: 'bridging',
        progress: { percentage: 66, currentStep: 2, totalSteps: 3 },
        amount: { expected: '100.00', received: null, currency: 'USD' },
        paymentType: null,
        txHash: '0x2b3c',
        observedAt: '2026-01-15T10:20:00.000Z',
        via: 'webhook',
        metadata: { playerId: 'p-42' },
      },
    });
  });

  it('starts at version 1 with no previous status', () => {
    expect(v1.version).toBe(1);
    expect(v1.previousStatus).toBeNull();
  });

  it('numbers anomalies per payment and keeps the version', () => {
    const done = nextPaymentState(ref, v2, { ...observation, status: 'succeeded' }, 'succeeded', 'poll', at);
    const event = anomalyEvent(
      anomalyData(done, { ...observation, providerStatus: 'failed' }, 'failed', 'poll', at),
      2,
    );
    expect(event.id).toBe('cyberpay:order_1759231185333_ghi789:anomaly:2');
    expect(event.type).toBe('payment.status.anomaly');
    expect(event.data.version).toBe(3);
    expect(event.data.status).toBe('succeeded');
    expect(event.data.anomaly.observedStatus).toBe('failed');
  });

  it('ends a watch with its current version', () => {
    const event = watchEndedEvent(watchEndedData(ref, v2, 'max_duration', at));
    expect(event.id).toBe('cyberpay:order_1759231185333_ghi789:ended');
    expect(event.data).toMatchObject({ version: 2, status: 'processing', reason: 'max_duration', terminal: false });
  });
});

describe('names (CONTRACT §2)', () => {
  it('uses the contract names by default and prefixes them in a namespace', () => {
    expect(natsNames()).toMatchObject({
      stream: 'PAYMENT_STATUS',
      statusBucket: 'payment_status',
      subjectRoot: 'payments.status',
    });
    expect(natsNames('t1')).toMatchObject({
      stream: 't1_PAYMENT_STATUS',
      statusBucket: 't1_payment_status',
      subjectRoot: 't1.payments.status',
    });
  });

  it('builds subjects and keys from encoded ids', () => {
    const names = natsNames();
    expect(eventSubject(names, 'cyberpay', 'ORDER 1.2')).toBe('payments.status.cyberpay.ORDER=201=2E2');
    expect(orderSubjectFilter(names, 'a=b')).toBe('payments.status.*.a=3Db');
    expect(paymentKey('mc', 'x/y')).toBe('mc.x=2Fy');
  });
});
