import { CanonicalStatus } from '@statushub/contract';
import { HubEvent, PaymentFacts } from './hub-event.parse';

/** One deposit to add to a player's balance, keyed by the payment so that it is added once. */
export interface Credit {
  provider: string;
  paymentId: string;
  playerId: string;
  currency: string;
  /** A decimal string, handed to PostgreSQL as NUMERIC: never a JavaScript number. */
  amount: string;
  eventId: string;
  version: number;
}

/**
 * `reversal`: a payment that succeeded (and was credited) is now seen failed or the like.
 * `late_success`: a payment that ended without success is now seen succeeded (never credited).
 */
export type AnomalyKind = 'reversal' | 'late_success';

export interface AnomalyNotice {
  kind: AnomalyKind;
  provider: string;
  paymentId: string;
  playerId: string;
  status: CanonicalStatus;
  observedStatus: CanonicalStatus;
  eventId: string;
}

export type SkipReason = 'not-a-status-change' | 'not-succeeded' | 'no-player' | 'no-balance-impact' | 'unknown-type';

export type Decision =
  | { kind: 'credit'; credit: Credit }
  | { kind: 'anomaly'; anomaly: AnomalyNotice }
  | { kind: 'skip'; reason: SkipReason }
  /** A succeeded deposit for a player that cannot be credited as it stands: a human must look. */
  | { kind: 'uncreditable'; reason: string };

const DECIMAL = /^\d{1,30}(\.\d{1,30})?$/;
const CURRENCY = /^[A-Za-z0-9._-]{1,32}$/;
const MAX_PLAYER_ID = 256;

/** What the balance updater does with one event; the same event always gets the same answer. */
export function decide(event: HubEvent): Decision {
  switch (event.type) {
    case 'payment.status.changed':
      return decideChange(event.id, event.payment);
    case 'payment.status.anomaly':
      return decideAnomaly(event.id, event.payment, event.observedStatus);
    case 'payment.watch.ended':
      return { kind: 'skip', reason: 'not-a-status-change' };
    case 'other':
      return { kind: 'skip', reason: 'unknown-type' };
  }
}

function decideChange(eventId: string, payment: PaymentFacts): Decision {
  if (payment.status !== 'succeeded') {
    return { kind: 'skip', reason: 'not-succeeded' };
  }
  const playerId = payment.metadata.playerId;
  if (playerId === undefined || playerId === null) {
    return { kind: 'skip', reason: 'no-player' };
  }
  if (!isPlayerId(playerId)) {
    return uncreditable(`metadata.playerId must be a string of 1-${MAX_PLAYER_ID} characters`);
  }
  // What actually arrived counts; a provider that does not report it confirmed the expected amount.
  const amount = payment.amount?.received ?? payment.amount?.expected ?? null;
  if (amount === null || !DECIMAL.test(amount)) {
    return uncreditable(`amount ${JSON.stringify(amount)} is not a non-negative decimal string`);
  }
  const currency = payment.amount?.currency ?? null;
  if (currency === null || !CURRENCY.test(currency)) {
    return uncreditable(`currency ${JSON.stringify(currency)} is not a currency code`);
  }
  const { provider, paymentId, version } = payment;
  return { kind: 'credit', credit: { provider, paymentId, playerId, currency, amount, eventId, version } };
}

function decideAnomaly(eventId: string, payment: PaymentFacts, observedStatus: CanonicalStatus): Decision {
  const playerId = payment.metadata.playerId;
  if (!isPlayerId(playerId)) {
    return { kind: 'skip', reason: 'no-player' };
  }
  const kind = anomalyKind(payment.status, observedStatus);
  if (kind === null) {
    return { kind: 'skip', reason: 'no-balance-impact' };
  }
  const { provider, paymentId, status } = payment;
  return { kind: 'anomaly', anomaly: { kind, provider, paymentId, playerId, status, observedStatus, eventId } };
}

function anomalyKind(status: CanonicalStatus, observedStatus: CanonicalStatus): AnomalyKind | null {
  if (status === 'succeeded') {
    return observedStatus === 'succeeded' ? null : 'reversal';
  }
  return observedStatus === 'succeeded' ? 'late_success' : null;
}

function isPlayerId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PLAYER_ID;
}

function uncreditable(reason: string): Decision {
  return { kind: 'uncreditable', reason };
}
