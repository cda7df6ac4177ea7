import { AnomalyData, WatchRegistrationDto, paymentKey } from '@statushub/contract';

/** `active`: polled; `terminal`: the payment reached a final state; `ended`: its maximum duration passed. */
export type WatchState = 'active' | 'terminal' | 'ended';

/** What callers see of a watch (CONTRACT §3). */
export interface WatchView {
  provider: string;
  paymentId: string;
  orderId: string;
  metadata: Record<string, unknown>;
  createdAt: string;
  expiresAt: string | null;
  state: WatchState;
}

/**
 * A registered watch as stored in the watch bucket under `<provider>.<paymentToken>`. Besides the
 * registration it is the owner's outbox: what was decided but may not have been published yet.
 */
export interface WatchRecord extends WatchView {
  /** Highest `payment.status.changed` version known to be published. */
  publishedVersion: number;
  /** k of the latest anomaly (its id is `…:anomaly:<k>`), and how many are known published. */
  anomalies: number;
  publishedAnomalies: number;
  lastAnomaly: AnomalyData | null;
}

export function newWatchRecord(dto: WatchRegistrationDto, now: Date): WatchRecord {
  return {
    provider: dto.provider,
    paymentId: dto.paymentId,
    orderId: dto.orderId,
    metadata: dto.metadata ?? {},
    createdAt: now.toISOString(),
    expiresAt: dto.expiresAt === undefined ? null : new Date(dto.expiresAt).toISOString(),
    state: 'active',
    publishedVersion: 0,
    anomalies: 0,
    publishedAnomalies: 0,
    lastAnomaly: null,
  };
}

export function watchView(record: WatchRecord): WatchView {
  const { provider, paymentId, orderId, metadata, createdAt, expiresAt, state } = record;
  return { provider, paymentId, orderId, metadata, createdAt, expiresAt, state };
}

export function watchKey(record: Pick<WatchRecord, 'provider' | 'paymentId'>): string {
  return paymentKey(record.provider, record.paymentId);
}
