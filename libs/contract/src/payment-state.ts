import { AnomalyData, Observation, PaymentRef, PaymentStatusData, Via, WatchEndReason, WatchEndedData } from './event';
import { CanonicalStatus, isTerminal } from './status';

/** The state to publish (and store) after a `changed` transition. */
export function nextPaymentState(
  ref: PaymentRef,
  last: PaymentStatusData | null,
  observation: Observation,
  status: CanonicalStatus,
  via: Via,
  observedAt: Date,
): PaymentStatusData {
  return {
    orderId: ref.orderId,
    provider: ref.provider,
    paymentId: ref.paymentId,
    version: (last?.version ?? 0) + 1,
    status,
    previousStatus: last?.status ?? null,
    terminal: isTerminal(status),
    providerStatus: observation.providerStatus,
    providerSubstatus: observation.providerSubstatus,
    progress: observation.progress,
    amount: observation.amount,
    paymentType: observation.paymentType,
    txHash: observation.txHash,
    observedAt: observedAt.toISOString(),
    via,
    metadata: ref.metadata,
  };
}

/** An observation that contradicts the terminal `last`; the payment's status and version stay as they are. */
export function anomalyData(
  last: PaymentStatusData,
  observation: Observation,
  observedStatus: CanonicalStatus,
  via: Via,
  observedAt: Date,
): AnomalyData {
  return {
    ...last,
    anomaly: {
      observedStatus,
      observedProviderStatus: observation.providerStatus,
      observedAt: observedAt.toISOString(),
      via,
    },
  };
}

export function watchEndedData(
  ref: PaymentRef,
  last: PaymentStatusData | null,
  reason: WatchEndReason,
  endedAt: Date,
): WatchEndedData {
  return {
    orderId: ref.orderId,
    provider: ref.provider,
    paymentId: ref.paymentId,
    metadata: ref.metadata,
    version: last?.version ?? 0,
    status: last?.status ?? null,
    terminal: false,
    reason,
    endedAt: endedAt.toISOString(),
  };
}
