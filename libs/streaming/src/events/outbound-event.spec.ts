import { statusChangedEvent, anomalyEvent, watchEndedEvent, PaymentStatusData } from '@statushub/contract';
import { MalformedEventError, outboundEvent } from './outbound-event';

const data: PaymentStatusData = {
  orderId: 'order "1"',
  provider: 'cyberpay',
  paymentId: 'p1',
  version: 2,
  status: 'processing',
  previousStatus: 'pending',
  terminal: false,
  providerStatus: 'bridging',
  providerSubstatus: null,
  progress: null,
  amount: { expected: '100.00', received: null, currency: 'USD' },
  paymentType: null,
  txHash: null,
  observedAt: '2026-01-15T10:20:00.000Z',
  via: 'poll',
  metadata: { playerId: 'p-42' },
};

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const frames = (payload: Uint8Array, seq: number) =>
  outboundEvent(payload, seq).frames.map((frame) => JSON.parse(frame.toString()));

describe('outboundEvent', () => {
  it('turns a change into one status_update carrying the seq and the event data', () => {
    expect(frames(encode(statusChangedEvent(data)), 7)).toEqual([
      { type: 'status_update', orderId: 'order "1"', seq: 7, data },
    ]);
  });

  it('adds payment_completed with the same seq right after the change to succeeded', () => {
    const succeeded = { ...data, version: 3, status: 'succeeded' as const, terminal: true };
    expect(frames(encode(statusChangedEvent(succeeded)), 9).map((f) => [f.type, f.seq])).toEqual([
      ['status_update', 9],
      ['payment_completed', 9],
    ]);
  });

  it('maps anomalies and ended watches to their own types', () => {
    const anomaly = anomalyEvent(
      {
        ...data,
        status: 'succeeded',
        anomaly: {
          observedStatus: 'failed',
          observedProviderStatus: 'failed',
          observedAt: data.observedAt,
          via: 'poll',
        },
      },
      1,
    );
    const ended = watchEndedEvent({
      ...data,
      status: 'processing',
      terminal: false,
      reason: 'max_duration',
      endedAt: data.observedAt,
    });
    expect(frames(encode(anomaly), 1).map((f) => f.type)).toEqual(['anomaly']);
    expect(frames(encode(ended), 2).map((f) => f.type)).toEqual(['watch_ended']);
  });

  it('refuses what is not a contract event', () => {
    expect(() => outboundEvent(new TextEncoder().encode('{nope'), 3)).toThrow(MalformedEventError);
    expect(() => outboundEvent(encode({ type: 'payment.other', data }), 3)).toThrow(/seq 3/);
    expect(() => outboundEvent(encode({ type: 'payment.status.changed', data: {} }), 3)).toThrow(MalformedEventError);
  });
});
