import { Amount, Observation, PaymentStatusData, Progress } from './event';
import { CanonicalStatus, isTerminal, statusRank } from './status';

/**
 * What one observation does to a payment whose latest published state is `last`:
 * - `changed`: publish it (first observation, a step forward, or new detail at the same rank);
 * - `unchanged`: nothing new;
 * - `stale`: it would move the status back (a stale read, a late webhook): not published;
 * - `anomaly`: it contradicts a terminal state: published as an anomaly, never as a status;
 * - `unknown`: the adapter did not know the provider's status: it changes nothing.
 */
export type Transition =
  | { kind: 'changed'; status: CanonicalStatus }
  | { kind: 'unchanged' }
  | { kind: 'stale' }
  | { kind: 'anomaly'; status: CanonicalStatus }
  | { kind: 'unknown' };

export function decideTransition(last: PaymentStatusData | null, observation: Observation): Transition {
  const status = observation.status;
  if (status === null) {
    return { kind: 'unknown' };
  }
  if (last === null) {
    return { kind: 'changed', status };
  }
  if (isTerminal(last.status)) {
    if (isTerminal(status) && status !== last.status) {
      return { kind: 'anomaly', status };
    }
    return status === last.status ? { kind: 'unchanged' } : { kind: 'stale' };
  }
  const step = statusRank(status) - statusRank(last.status);
  if (step < 0) {
    return { kind: 'stale' };
  }
  if (step > 0 || !sameDetail(last, observation)) {
    return { kind: 'changed', status };
  }
  return { kind: 'unchanged' };
}

function sameDetail(last: PaymentStatusData, observation: Observation): boolean {
  return (
    last.providerStatus === observation.providerStatus &&
    last.providerSubstatus === observation.providerSubstatus &&
    last.paymentType === observation.paymentType &&
    last.txHash === observation.txHash &&
    sameProgress(last.progress, observation.progress) &&
    sameAmount(last.amount, observation.amount)
  );
}

function sameProgress(a: Progress | null, b: Progress | null): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return a.percentage === b.percentage && a.currentStep === b.currentStep && a.totalSteps === b.totalSteps;
}

function sameAmount(a: Amount | null, b: Amount | null): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return a.expected === b.expected && a.received === b.received && a.currency === b.currency;
}
