import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@statushub/platform';
import { Counter } from 'prom-client';

export type SeenType = 'changed' | 'anomaly' | 'ended' | 'other' | 'malformed';
export type FailureReason = 'malformed' | 'uncreditable' | 'database_rejected' | 'database_unavailable';

/** What the balance updater did, on /metrics. Deliveries are counted, so a redelivered event counts again. */
@Injectable()
export class BalanceUpdaterMetrics {
  readonly eventsSeen: Counter<'type'>;
  readonly creditsApplied: Counter;
  readonly duplicatesSkipped: Counter;
  readonly anomalies: Counter<'kind'>;
  readonly failures: Counter<'reason'>;

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    this.eventsSeen = new Counter({
      name: 'balance_updater_events_seen_total',
      help: 'Event deliveries read from the stream, by event type',
      labelNames: ['type'],
      registers,
    });
    this.creditsApplied = new Counter({
      name: 'balance_updater_credits_applied_total',
      help: 'Deposits added to a balance',
      registers,
    });
    this.duplicatesSkipped = new Counter({
      name: 'balance_updater_duplicates_skipped_total',
      help: 'Succeeded deposits whose payment was credited before, so nothing was added',
      registers,
    });
    this.anomalies = new Counter({
      name: 'balance_updater_anomalies_total',
      help: 'Anomalies of players’ payments left to a human (reversal of a succeeded one, or late success)',
      labelNames: ['kind'],
      registers,
    });
    this.failures = new Counter({
      name: 'balance_updater_failures_total',
      help: 'Deliveries not credited: refused (malformed, uncreditable, rejected by the database) or retried',
      labelNames: ['reason'],
      registers,
    });
  }
}
