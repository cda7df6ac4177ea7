import {
  CANONICAL_STATUSES,
  CanonicalStatus,
  PaymentStatusData,
  anomalyEvent,
  isTerminal,
  statusChangedEvent,
  watchEndedEvent,
} from '@statushub/contract';
import { Decision, decide } from './credit.decision';
import { HubEvent, parseHubEvent } from './hub-event.parse';

function payment(detail: Partial<PaymentStatusData> = {}): PaymentStatusData {
  return {
    orderId: 'order-1',
    provider: 'cyberpay',
    paymentId: 'pay-1',
    version: 3,
    status: 'succeeded',
    previousStatus: 'processing',
    terminal: true,
    providerStatus: 'completed',
    providerSubstatus: null,
    progress: null,
    amount: { expected: '100.00', received: '100.050000', currency: 'USD' },
    paymentType: null,
    txHash: null,
    observedAt: '2026-01-15T10:20:00.000Z',
    via: 'poll',
    metadata: { playerId: 'p-42' },
    ...detail,
  };
}

function hubEvent(event: unknown): HubEvent {
  const parsed = parseHubEvent(new TextEncoder().encode(JSON.stringify(event)));
  if (!parsed.ok) {
    throw new Error(parsed.reason);
  }
  return parsed.event;
}

const decideChange = (detail: Partial<PaymentStatusData> = {}): Decision =>
  decide(hubEvent(statusChangedEvent(payment(detail))));

const decideAnomaly = (status: CanonicalStatus, observedStatus: CanonicalStatus, metadata = {}): Decision =>
  decide(
    hubEvent(
      anomalyEvent(
        {
          ...payment({ status, metadata: { playerId: 'p-42', ...metadata } }),
          anomaly: { observedStatus, observedProviderStatus: observedStatus, observedAt: '', via: 'webhook' },
        },
        1,
      ),
    ),
  );

describe('decide: which events credit what', () => {
  it('credits a succeeded payment of a player with the amount received, as the same decimal string', () => {
    expect(decideChange()).toEqual({
      kind: 'credit',
      credit: {
        provider: 'cyberpay',
        paymentId: 'pay-1',
        playerId: 'p-42',
        currency: 'USD',
        amount: '100.050000',
        eventId: 'cyberpay:pay-1:3',
        version: 3,
      },
    });
  });

  it('falls back to the expected amount when the provider reports none received', () => {
    const decision = decideChange({ amount: { expected: '25.5', received: null, currency: 'EUR' } });
    expect(decision).toMatchObject({ kind: 'credit', credit: { amount: '25.5', currency: 'EUR' } });
  });

  it.each(CANONICAL_STATUSES.filter((status) => status !== 'succeeded'))('credits nothing for %s', (status) => {
    expect(decideChange({ status, terminal: isTerminal(status) })).toEqual({ kind: 'skip', reason: 'not-succeeded' });
  });

  it('skips a payment that names no player', () => {
    expect(decideChange({ metadata: {} })).toEqual({ kind: 'skip', reason: 'no-player' });
    expect(decideChange({ metadata: { playerId: null } })).toEqual({ kind: 'skip', reason: 'no-player' });
  });

  it.each<[string, Partial<PaymentStatusData>]>([
    ['a player id that is not a string', { metadata: { playerId: 42 } }],
    ['an empty player id', { metadata: { playerId: '' } }],
    ['no amount at all', { amount: null }],
    ['no amount given', { amount: { expected: null, received: null, currency: 'USD' } }],
    ['a negative amount', { amount: { expected: null, received: '-5.00', currency: 'USD' } }],
    ['an amount in exponent form', { amount: { expected: null, received: '1e3', currency: 'USD' } }],
    ['an amount with a comma', { amount: { expected: null, received: '1,50', currency: 'USD' } }],
    ['no currency', { amount: { expected: null, received: '1.00', currency: null } }],
    ['a currency with spaces', { amount: { expected: null, received: '1.00', currency: 'U S D' } }],
  ])('refuses to guess on %s', (_what, detail) => {
    expect(decideChange(detail).kind).toBe('uncreditable');
  });

  it('leaves a reversal of a succeeded payment, and a late success, to a human', () => {
    expect(decideAnomaly('succeeded', 'failed')).toMatchObject({
      kind: 'anomaly',
      anomaly: {
        kind: 'reversal',
        paymentId: 'pay-1',
        playerId: 'p-42',
        status: 'succeeded',
        observedStatus: 'failed',
      },
    });
    expect(decideAnomaly('expired', 'succeeded')).toMatchObject({ kind: 'anomaly', anomaly: { kind: 'late_success' } });
  });

  it('ignores anomalies that cannot touch a balance, or of no player', () => {
    expect(decideAnomaly('failed', 'cancelled')).toEqual({ kind: 'skip', reason: 'no-balance-impact' });
    expect(decideAnomaly('succeeded', 'failed', { playerId: undefined })).toEqual({
      kind: 'skip',
      reason: 'no-player',
    });
  });

  it('ignores ended watches and event types it does not know', () => {
    const ended = watchEndedEvent({
      ...payment(),
      status: 'processing',
      terminal: false,
      reason: 'deleted',
      endedAt: '',
    });
    expect(decide(hubEvent(ended))).toEqual({ kind: 'skip', reason: 'not-a-status-change' });
    expect(decide(hubEvent({ id: 'x', type: 'payment.refund.created', data: {} }))).toEqual({
      kind: 'skip',
      reason: 'unknown-type',
    });
  });
});
