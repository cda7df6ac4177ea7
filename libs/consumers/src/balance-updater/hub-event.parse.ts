import { Amount, CanonicalStatus, isCanonicalStatus } from '@statushub/contract';

/** What the balance updater reads of a payment's event data (CONTRACT §2); other fields are left alone. */
export interface PaymentFacts {
  provider: string;
  paymentId: string;
  version: number;
  status: CanonicalStatus;
  amount: Amount | null;
  metadata: Record<string, unknown>;
}

export type HubEvent =
  | { type: 'payment.status.changed'; id: string; payment: PaymentFacts }
  | { type: 'payment.status.anomaly'; id: string; payment: PaymentFacts; observedStatus: CanonicalStatus }
  | { type: 'payment.watch.ended'; id: string }
  /** A type this consumer does not know (a later contract version): not its business. */
  | { type: 'other'; id: string; eventType: string };

export type ParsedEvent = { ok: true; event: HubEvent } | { ok: false; reason: string };

type Json = Record<string, unknown>;

/** Reads a stream message as a contract CloudEvent; anything else is refused with the reason. */
export function parseHubEvent(payload: Uint8Array): ParsedEvent {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch (error) {
    return refuse(`not UTF-8 JSON: ${(error as Error).message}`);
  }
  if (!isObject(body) || typeof body.id !== 'string' || typeof body.type !== 'string') {
    return refuse('not a CloudEvent with a string id and type');
  }
  return parseByType(body.id, body.type, body.data);
}

function parseByType(id: string, type: string, data: unknown): ParsedEvent {
  if (type === 'payment.watch.ended') {
    return { ok: true, event: { type, id } };
  }
  if (type !== 'payment.status.changed' && type !== 'payment.status.anomaly') {
    return { ok: true, event: { type: 'other', id, eventType: type } };
  }
  const payment = paymentFacts(data);
  if (typeof payment === 'string') {
    return refuse(`${type} ${id}: ${payment}`);
  }
  if (type === 'payment.status.changed') {
    return { ok: true, event: { type, id, payment } };
  }
  const observedStatus = isObject(data) && isObject(data.anomaly) ? data.anomaly.observedStatus : undefined;
  if (!isCanonicalStatus(observedStatus)) {
    return refuse(`${type} ${id}: data.anomaly.observedStatus is not a canonical status`);
  }
  return { ok: true, event: { type, id, payment, observedStatus } };
}

/** The facts, or what is wrong with them. */
function paymentFacts(data: unknown): PaymentFacts | string {
  if (!isObject(data)) {
    return 'data is not an object';
  }
  const { provider, paymentId, version, status, amount, metadata } = data;
  if (typeof provider !== 'string' || typeof paymentId !== 'string' || provider === '' || paymentId === '') {
    return 'data.provider and data.paymentId must be non-empty strings';
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return 'data.version is not a whole number from 1 up';
  }
  if (!isCanonicalStatus(status)) {
    return 'data.status is not a canonical status';
  }
  if (!isObject(metadata)) {
    return 'data.metadata is not an object';
  }
  if (amount !== null && !isAmount(amount)) {
    return 'data.amount is neither null nor {expected, received, currency} of strings or nulls';
  }
  return { provider, paymentId, version, status, amount, metadata };
}

function isAmount(value: unknown): value is Amount {
  return (
    isObject(value) &&
    [value.expected, value.received, value.currency].every((field) => field === null || typeof field === 'string')
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string): ParsedEvent {
  return { ok: false, reason };
}
