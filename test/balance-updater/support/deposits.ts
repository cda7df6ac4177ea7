import { JetStreamClient } from '@nats-io/jetstream';
import {
  CanonicalStatus,
  NatsNames,
  PaymentStatusData,
  eventSubject,
  isTerminal,
  statusChangedEvent,
} from '@statushub/contract';

export interface DepositSpec {
  paymentId: string;
  playerId?: string;
  received?: string | null;
  expected?: string;
  currency?: string;
  status?: CanonicalStatus;
  version?: number;
}

/** A payment's `data` as the poller publishes it (CONTRACT §2), for a casino deposit. */
export function depositData(spec: DepositSpec): PaymentStatusData {
  const status = spec.status ?? 'succeeded';
  return {
    orderId: `order-${spec.paymentId}`,
    provider: 'cyberpay',
    paymentId: spec.paymentId,
    version: spec.version ?? 3,
    status,
    previousStatus: 'processing',
    terminal: isTerminal(status),
    providerStatus: status,
    providerSubstatus: null,
    progress: null,
    amount: { expected: spec.expected ?? '10.00', received: spec.received ?? null, currency: spec.currency ?? 'USD' },
    paymentType: null,
    txHash: null,
    observedAt: new Date().toISOString(),
    via: 'poll',
    metadata: spec.playerId === undefined ? {} : { playerId: spec.playerId },
  };
}

/**
 * Publishes a status change the way the poller does. `msgId` defaults to the event id; another
 * one gets past the stream's duplicate window, like a republish after the window has passed.
 */
export async function publishChange(
  js: JetStreamClient,
  names: NatsNames,
  data: PaymentStatusData,
  msgId?: string,
): Promise<number> {
  const event = statusChangedEvent(data);
  return publishRaw(js, names, data.orderId, JSON.stringify(event), msgId ?? event.id);
}

/** Any payload on an order's subject, for events the hub would never send. */
export async function publishRaw(
  js: JetStreamClient,
  names: NatsNames,
  orderId: string,
  payload: string,
  msgId: string,
): Promise<number> {
  const ack = await js.publish(eventSubject(names, 'cyberpay', orderId), payload, { msgID: msgId });
  return ack.seq;
}
