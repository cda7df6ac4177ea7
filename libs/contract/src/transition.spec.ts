import fc from 'fast-check';
import { Observation, PaymentStatusData } from './event';
import { nextPaymentState } from './payment-state';
import { CANONICAL_STATUSES, CanonicalStatus, isTerminal, statusRank } from './status';
import { decideTransition } from './transition';

const ref = { provider: 'cyberpay', paymentId: 'p-1', orderId: 'o-1', metadata: {} };

function observe(status: CanonicalStatus | null, detail: Partial<Observation> = {}): Observation {
  return {
    status,
    providerStatus: status ?? 'mystery',
    providerSubstatus: null,
    progress: null,
    amount: { expected: '100.00', received: null, currency: 'USD' },
    paymentType: null,
    txHash: null,
    ...detail,
  };
}

function stateAfter(status: CanonicalStatus, detail: Partial<Observation> = {}): PaymentStatusData {
  return nextPaymentState(ref, null, observe(status, detail), status, 'poll', new Date(0));
}

describe('decideTransition (CONTRACT §1)', () => {
  it('publishes the first observation', () => {
    expect(decideTransition(null, observe('pending'))).toEqual({ kind: 'changed', status: 'pending' });
  });

  it('moves forward', () => {
    expect(decideTransition(stateAfter('pending'), observe('processing'))).toEqual({
      kind: 'changed',
      status: 'processing',
    });
    expect(decideTransition(stateAfter('processing'), observe('succeeded'))).toEqual({
      kind: 'changed',
      status: 'succeeded',
    });
  });

  it('never moves back (a stale read is not published)', () => {
    expect(decideTransition(stateAfter('processing'), observe('pending'))).toEqual({ kind: 'stale' });
    expect(decideTransition(stateAfter('succeeded'), observe('processing'))).toEqual({ kind: 'stale' });
  });

  it('publishes a change of detail at the same rank', () => {
    const last = stateAfter('processing', { providerStatus: 'processing' });
    expect(decideTransition(last, observe('processing', { providerStatus: 'bridging' })).kind).toBe('changed');
    expect(decideTransition(last, observe('processing', { providerStatus: 'processing', txHash: '0xab' })).kind).toBe(
      'changed',
    );
    const progress = { percentage: 66, currentStep: 2, totalSteps: 3 };
    expect(decideTransition(last, observe('processing', { providerStatus: 'processing', progress })).kind).toBe(
      'changed',
    );
    const amount = { expected: '100.00', received: '50.00', currency: 'USD' };
    expect(decideTransition(last, observe('processing', { providerStatus: 'processing', amount })).kind).toBe(
      'changed',
    );
  });

  it('sees nothing new in an identical observation', () => {
    const detail = { providerStatus: 'bridging', progress: { percentage: 66, currentStep: 2, totalSteps: 3 } };
    expect(decideTransition(stateAfter('processing', detail), observe('processing', detail))).toEqual({
      kind: 'unchanged',
    });
  });

  it('reports a contradicting terminal as an anomaly', () => {
    expect(decideTransition(stateAfter('succeeded'), observe('failed'))).toEqual({ kind: 'anomaly', status: 'failed' });
  });

  it('keeps a terminal state final, even for new detail', () => {
    expect(decideTransition(stateAfter('succeeded'), observe('succeeded', { txHash: '0xff' }))).toEqual({
      kind: 'unchanged',
    });
  });

  it('lets an unknown provider status change nothing', () => {
    expect(decideTransition(null, observe(null))).toEqual({ kind: 'unknown' });
    expect(decideTransition(stateAfter('pending'), observe(null))).toEqual({ kind: 'unknown' });
  });

  it('never publishes a status of lower rank, nor a new status after a terminal one', () => {
    const status = fc.constantFrom(...CANONICAL_STATUSES);
    fc.assert(
      fc.property(status, status, (last, seen) => {
        const result = decideTransition(stateAfter(last), observe(seen));
        if (result.kind === 'changed') {
          expect(statusRank(result.status)).toBeGreaterThanOrEqual(statusRank(last));
          expect(isTerminal(last)).toBe(false);
        }
        if (result.kind === 'anomaly') {
          expect(isTerminal(last) && isTerminal(seen) && last !== seen).toBe(true);
        }
      }),
    );
  });
});
