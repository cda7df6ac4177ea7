import { CanonicalStatus } from './status';

export const EVENT_TYPES = ['payment.status.changed', 'payment.status.anomaly', 'payment.watch.ended'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Via = 'poll' | 'webhook';

export interface Progress {
  percentage: number | null;
  currentStep: number | null;
  totalSteps: number | null;
}

/** Money as decimal strings, never binary floats. */
export interface Amount {
  expected: string | null;
  received: string | null;
  currency: string | null;
}

/** What a provider says of a payment besides its status. */
export interface ObservedDetail {
  providerStatus: string;
  providerSubstatus: string | null;
  progress: Progress | null;
  amount: Amount | null;
  paymentType: string | null;
  txHash: string | null;
}

/** What one provider answer says about a payment, already normalized by its adapter. */
export interface Observation extends ObservedDetail {
  /** null when the adapter does not know `providerStatus`: such an answer changes nothing. */
  status: CanonicalStatus | null;
}

export interface PaymentRef {
  provider: string;
  paymentId: string;
  orderId: string;
  metadata: Record<string, unknown>;
}

/** The `data` of a `payment.status.changed` event, and the KV value of the payment's latest state. */
export interface PaymentStatusData extends PaymentRef, ObservedDetail {
  version: number;
  status: CanonicalStatus;
  previousStatus: CanonicalStatus | null;
  terminal: boolean;
  observedAt: string;
  via: Via;
}

export interface AnomalyData extends PaymentStatusData {
  anomaly: { observedStatus: CanonicalStatus; observedProviderStatus: string; observedAt: string; via: Via };
}

export type WatchEndReason = 'max_duration' | 'deleted';

export interface WatchEndedData extends PaymentRef {
  version: number;
  status: CanonicalStatus | null;
  terminal: false;
  reason: WatchEndReason;
  endedAt: string;
}

export type EventData = PaymentStatusData | AnomalyData | WatchEndedData;

export interface CloudEvent<T extends EventData = EventData> {
  specversion: '1.0';
  id: string;
  source: string;
  type: EventType;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: T;
}
